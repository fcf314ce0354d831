/** The field messages of a Payload ValidationError (its `message` only names the fields). */
export async function validationMessages(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string; path: string }[] } }).data?.errors
    if (!errors) throw error
    return errors.map((e) => `${e.path}: ${e.message}`)
  }
  throw new Error('expected a validation error, but the operation succeeded')
}
