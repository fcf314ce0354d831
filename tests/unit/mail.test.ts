import { sentInBackground } from '@/lib/mail'

describe('e-mails in the background (lib/mail.ts)', () => {
  it('answers at once while the relay is slow or down, and logs the failure', async () => {
    let fail: (error: Error) => void = () => {}
    const pending = new Promise((_, reject) => (fail = reject))
    const errors: unknown[] = []
    const payload = { logger: { error: (entry: unknown) => errors.push(entry) } }
    const adapter = await sentInBackground(() => ({ name: 'stub', defaultFromAddress: 'a@b.example', defaultFromName: 'A', sendEmail: () => pending }))
    const { sendEmail } = adapter({ payload: payload as never })
    await expect(sendEmail({ to: 'x@y.example', subject: 'Reset' })).resolves.toBeUndefined()
    fail(new Error('relay down'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(JSON.stringify(errors)).toContain('to x@y.example was not sent')
  })
})
