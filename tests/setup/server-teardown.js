export { teardown as default } from './server.js'
