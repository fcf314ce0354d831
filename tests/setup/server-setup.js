export { setup as default } from './server.js'
