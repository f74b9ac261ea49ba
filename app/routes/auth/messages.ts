/** What a person reads when a link or a code does not sign them in. */
export const signInFailureMessages = {
	invalid: "Ce code ou ce lien n’est pas valable. Vérifiez-le, ou demandez un nouveau lien.",
	expired: 'Ce lien ou ce code a expiré (il est valable 15\u00a0minutes). Demandez-en un nouveau.',
	too_many_attempts:
		'Trop de codes erronés\u00a0: par sécurité, ce code ne fonctionne plus. Demandez un nouveau lien de connexion.',
} as const
