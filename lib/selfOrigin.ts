/** This server, as it reaches itself (the jobs runner, the follow-up revalidation). */
export function selfOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT ?? '3000'}`
}
