import type { EmailAdapter } from 'payload'

/**
 * E-mails leave in the background: the request that causes one (a password reset) answers
 * without waiting for the mail relay. Otherwise "forgot password" took as long as the relay
 * for a real account and no time for an unknown address, and answered 500 for a real account
 * while the relay was down: both told whether an address has an account (an attacker's
 * review). A failed send is logged with the recipient.
 */
export async function sentInBackground(adapter: EmailAdapter | Promise<EmailAdapter>): Promise<EmailAdapter> {
  const make = await adapter
  return ({ payload }) => {
    const inner = make({ payload })
    return {
      ...inner,
      sendEmail: async (message) => {
        void inner.sendEmail(message).catch((error: unknown) => {
          payload.logger.error({ err: error, msg: `E-mail "${String(message.subject ?? '')}" to ${String(message.to ?? '')} was not sent` })
        })
      },
    }
  }
}
