// What the letter screens send, validated the same way in the browser and on
// the server, and what the writing endpoint streams back.
import { z } from 'zod'
import { LETTER_MAX_LENGTH, normalizeLineBreaks } from '#app/domain/letter/paragraphs.ts'
import type { LetterOrigin, LetterVersion } from '#app/server/letters.server.ts'
import { letterWordTargets } from '#shared/ai/letter-text.ts'

export const STRESS_MAX = 6
export const CLOSING_MAX_LENGTH = 300
export const INSTRUCTION_MAX_LENGTH = 500
export const HINT_MAX_LENGTH = 300

/** How the letter is written: the generation form, and the JSON body of the writing endpoint. */
export const letterOptionsSchema = z.object({
	tone: z.enum(['formel', 'chaleureux', 'dynamique'], { error: 'Choisissez un ton pour votre lettre.' }),
	length: z.enum(['courte', 'standard', 'developpee'], { error: 'Choisissez une longueur pour votre lettre.' }),
	stress: z
		.array(z.string().trim().min(1).max(300), { error: 'Les compétences à mettre en avant sont mal indiquées.' })
		.max(STRESS_MAX, `Choisissez ${STRESS_MAX} compétences au plus à mettre en avant.`)
		.optional(),
	closing: z
		.string()
		.trim()
		.max(CLOSING_MAX_LENGTH, `Décrivez comment vous comblez les écarts en ${CLOSING_MAX_LENGTH}\u00a0caractères au plus.`)
		.optional(),
	instruction: z
		.string()
		.trim()
		.max(INSTRUCTION_MAX_LENGTH, `Votre consigne tient en ${INSTRUCTION_MAX_LENGTH}\u00a0caractères au plus.`)
		.optional(),
})

export const writeLetterSchema = letterOptionsSchema.extend({
	/** One paragraph of the current version to rewrite, optionally following a Smart Coach hint. */
	rewrite: z
		.object({
			paragraphIndex: z.int({ error: 'Le paragraphe à réécrire est mal indiqué.' }).min(0, 'Le paragraphe à réécrire est mal indiqué.'),
			hint: z
				.string()
				.trim()
				.min(1)
				.max(HINT_MAX_LENGTH, `La consigne de réécriture tient en ${HINT_MAX_LENGTH}\u00a0caractères au plus.`)
				.optional(),
		})
		.optional(),
})

export type LetterOptions = z.output<typeof letterOptionsSchema>
export type WriteLetterBody = z.input<typeof writeLetterSchema>
export type WriteLetterRequest = z.output<typeof writeLetterSchema>

const letterBody = z
	.string({ error: 'Votre lettre est vide\u00a0: écrivez-la avant de l’enregistrer.' })
	.transform((text) => normalizeLineBreaks(text).trim())
	.pipe(
		z
			.string()
			.min(1, 'Votre lettre est vide\u00a0: écrivez-la avant de l’enregistrer.')
			.max(LETTER_MAX_LENGTH, `Votre lettre dépasse ${LETTER_MAX_LENGTH.toLocaleString('fr-FR')}\u00a0caractères\u00a0: raccourcissez-la.`),
	)

/** The editor: the whole text, kept as a new version when it changed. */
export const saveLetterSchema = z.object({ intent: z.literal('save'), body: letterBody })

const versionId = z.uuid({ error: 'Cette version est introuvable. Rechargez la page.' })

/** The generation form: streamed with JavaScript, posted to the letter tab without. */
export const generateLetterSchema = letterOptionsSchema.extend({ intent: z.literal('generate') })

/** The letter tab's form posts (the editor, the history, the consent asked inline, writing without JavaScript). */
export const letterActionSchema = z.discriminatedUnion(
	'intent',
	[
		saveLetterSchema,
		z.object({ intent: z.literal('restore'), versionId }),
		z.object({
			intent: z.literal('consent'),
			aiProcessing: z.enum(['accept', 'refuse'], { error: 'Choisissez «\u00a0J’accepte\u00a0» ou «\u00a0Je refuse\u00a0».' }),
		}),
		generateLetterSchema,
	],
	{ error: 'Cette action n’est pas reconnue. Rechargez la page, puis réessayez.' },
)

/** The Smart Coach's form post: one finding's fix, found again on the version the person was looking at. */
export const coachActionSchema = z.object({
	intent: z.literal('apply', { error: 'Cette action n’est pas reconnue. Rechargez la page, puis réessayez.' }),
	versionId,
	findingId: z.string({ error: 'Cette suggestion est introuvable. Rechargez la page.' }).min(1).max(200),
})

/** What POST /api/candidatures/:applicationId/lettre streams, one server-sent event each. */
export type LetterStreamEvent =
	| { type: 'meta'; provider: 'gemini' | 'offline' }
	| { type: 'delta'; text: string }
	| { type: 'done'; version: LetterVersion }
	| {
			type: 'error'
			code: string
			message: string
			/** Quota reached: where to see the plans. */
			upgradeUrl?: string
			/** No consent to AI processing yet: where to give it. */
			consentUrl?: string
	  }

export const originLabels: Record<LetterOrigin, string> = {
	generated: 'Générée',
	edited: 'Modifiée',
	paragraph: 'Paragraphe réécrit',
	coach: 'Correction du coach',
}

export const providerLabels: Record<'gemini' | 'offline', string> = { gemini: 'IA Gemini', offline: 'mode hors ligne' }

export const toneChoices = [
	{ value: 'formel', label: 'Formel', description: 'Sobre et posé, pour les grandes structures et les secteurs classiques.' },
	{ value: 'chaleureux', label: 'Chaleureux', description: 'Proche et sincère, pour dire ce qui vous touche dans ce métier.' },
	{ value: 'dynamique', label: 'Dynamique', description: 'Direct et énergique, pour les start-up et les équipes qui vont vite.' },
] as const

export const lengthChoices = [
	{ value: 'courte', label: 'Courte', words: letterWordTargets.courte },
	{ value: 'standard', label: 'Standard', words: letterWordTargets.standard },
	{ value: 'developpee', label: 'Développée', words: letterWordTargets.developpee },
] as const

