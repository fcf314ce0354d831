import { APIError } from 'payload'

/**
 * An error a hook throws to refuse a write, with a message that says what to do. Passing
 * `data` keeps the message in Payload's REST response even in a minified build (its error
 * formatter otherwise relies on the class name, which minification drops).
 */
export function refuse(message: string, status = 403): APIError {
  return new APIError(message, status, { reason: message }, true)
}
