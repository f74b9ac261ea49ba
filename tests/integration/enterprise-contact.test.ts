import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { waitForEmail } from '#tests/support/mailbox.ts'
import { formPost, routeContext, settle } from '#tests/support/routes.ts'
import { fixtureSql } from '#tests/support/users.ts'

const { action } = await import('#app/routes/portal/enterprise-contact.tsx')
type ActionArgs = Parameters<typeof action>[0]
const submit = (fields: Record<string, string>) =>
	settle(() => action({ request: formPost('/tarifs/entreprise', fields), context: routeContext(), params: {} } as unknown as ActionArgs))

async function inquiriesFrom(organisation: string) {
	const [row] = await fixtureSql()`select count(*)::int as n from public.sales_inquiries where organisation = ${organisation}`
	return row!.n as number
}

describe('the Entreprise contact form', () => {
	test('bad input is explained in French and nothing is stored', async () => {
		const organisation = `Mission Locale ${randomUUID().slice(0, 6)}`
		const result = await submit({ organisation, contactName: 'Inès Dupuis', email: 'ines@', message: 'court' })
		expect(result.status).toBe(400)
		const body = JSON.stringify(result.body)
		expect(body).toContain('ne semble pas valide')
		expect(body).toContain('10\u00a0caractères au moins')
		expect(await inquiriesFrom(organisation)).toBe(0)
	})

	test('a valid enquiry is stored and mailed to the sales address', async () => {
		const organisation = `Transitions Pro ${randomUUID().slice(0, 6)}`
		const result = await submit({
			organisation,
			contactName: 'Inès Dupuis',
			email: 'ines.dupuis@exemple.fr',
			seats: '120',
			message: 'Nous accompagnons 120 personnes en reconversion par an et aimerions un accès pour nos conseillers.',
		})
		expect(result.status).toBe(200)
		expect(await inquiriesFrom(organisation)).toBe(1)
		const mail = await waitForEmail('entreprises@phoenix.local')
		expect(mail.subject).toContain(organisation)
		expect(mail.text).toContain('ines.dupuis@exemple.fr')
	})
})
