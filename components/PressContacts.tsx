type Contact = { id?: string | null; name: string; email?: string | null; phone?: string | null }

type Props = { heading: string; contacts: Contact[]; labels: { email: string; phone: string } }

/** The press contacts of a news item: name, e-mail and phone as links. */
export function PressContacts({ heading, contacts, labels }: Props) {
  if (contacts.length === 0) return null
  return (
    <section className="press-contacts" aria-labelledby="press-contacts-heading">
      <h2 id="press-contacts-heading">{heading}</h2>
      <ul>
        {contacts.map((contact) => (
          <li key={contact.id ?? contact.name}>
            <strong>{contact.name}</strong>
            {contact.email ? (
              <>
                <br />
                {labels.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            ) : null}
            {contact.phone ? (
              <>
                <br />
                {labels.phone}: <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
