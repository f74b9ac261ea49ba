import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { data, Form, useNavigation } from 'react-router'
import { z } from 'zod'
import { JobTitleCombobox } from '#app/components/job-title-combobox.tsx'
import { UsageMeter } from '#app/components/usage-meter.tsx'
import { Button, ButtonLink } from '#app/components/ui/button.tsx'
import { Field } from '#app/components/ui/field.tsx'
import { formatLongDate } from '#app/components/ui/format.ts'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import { requireUser } from '#app/server/auth/auth.server.ts'
import { getAiConsent } from '#app/server/consent.server.ts'
import { getAccountPlan } from '#app/server/plans.server.ts'
import type { Route } from './+types/index'
import { getProfile, unknownJobTitleCodes, updateProfile } from './account.server.ts'

const jobTitleCode = z
	.string()
	.trim()
	.regex(/^\d{1,8}$/, 'Choisissez un métier dans la liste proposée.')
	.optional()

export const profileSchema = z.object({
	displayName: z
		.string()
		.trim()
		.max(80, 'Votre nom tient en 80\u00a0caractères au plus.')
		.optional(),
	currentJobTitle: jobTitleCode,
	targetJobTitle: jobTitleCode,
})

export const meta: Route.MetaFunction = () => [{ title: 'Mon compte — Phoenix' }]

export async function loader({ request }: Route.LoaderArgs) {
	const user = await requireUser(request)
	const [profile, plan, aiConsent] = await Promise.all([getProfile(user), getAccountPlan(user), getAiConsent(user)])
	const consentStatus = new URL(request.url).searchParams.get('ia')
	return { email: user.email, profile, plan, aiConsent, consentSaved: consentStatus === 'enregistre', consentMissing: consentStatus === 'choix-manquant' }
}

export async function action({ request }: Route.ActionArgs) {
	const user = await requireUser(request)
	const submission = parseWithZod(await request.formData(), { schema: profileSchema })
	if (submission.status !== 'success') {
		return data({ result: submission.reply(), saved: false }, { status: 400 })
	}
	const { displayName, currentJobTitle, targetJobTitle } = submission.value
	const unknown = await unknownJobTitleCodes(user, [currentJobTitle, targetJobTitle].filter((code) => code !== undefined))
	if (unknown.length > 0) {
		const message = 'Ce métier ne figure pas dans le répertoire ROME. Choisissez-le dans la liste proposée.'
		return data(
			{
				result: submission.reply({
					fieldErrors: {
						...(currentJobTitle && unknown.includes(currentJobTitle) ? { currentJobTitle: [message] } : {}),
						...(targetJobTitle && unknown.includes(targetJobTitle) ? { targetJobTitle: [message] } : {}),
					},
				}),
				saved: false,
			},
			{ status: 400 },
		)
	}
	await updateProfile(user, {
		displayName: displayName || null,
		currentJobTitleCode: currentJobTitle ?? null,
		targetJobTitleCode: targetJobTitle ?? null,
	})
	return { result: submission.reply(), saved: true }
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
	const navigation = useNavigation()
	const pending = navigation.state === 'submitting' && navigation.formMethod?.toLowerCase() === 'post'
	const { profile } = loaderData
	const [form, fields] = useForm({
		lastResult: actionData?.result,
		constraint: getZodConstraint(profileSchema),
		defaultValue: { displayName: profile.displayName ?? '' },
		shouldValidate: 'onBlur',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
	})

	return (
		<div className="mx-auto max-w-2xl px-4 py-10 sm:py-14">
			<h1 className="text-3xl font-bold tracking-tight">Mon compte</h1>
			<p className="mt-2 text-stone-700">
				Connecté avec <strong className="break-all">{loaderData.email}</strong>
			</p>

			<section aria-labelledby="profil" className="mt-10 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
				<h2 id="profil" className="text-xl font-semibold">
					Mon profil
				</h2>
				<p className="mt-1 text-sm text-stone-600">
					Votre métier actuel et votre métier visé guident les lettres, le CV et le parcours que Phoenix vous propose.
				</p>
				{actionData?.saved && navigation.state === 'idle' ? (
					<StatusMessage tone="success" className="mt-6">
						Profil enregistré.
					</StatusMessage>
				) : null}
				<Form method="post" className="mt-6 space-y-6" {...getFormProps(form)}>
					<Field
						label={
							<>
								Prénom et nom <span className="font-normal text-stone-500">(facultatif)</span>
							</>
						}
						errors={fields.displayName.errors}
						errorId={fields.displayName.errorId}
						inputProps={{ ...getInputProps(fields.displayName, { type: 'text' }), autoComplete: 'name' }}
					/>
					<JobTitleCombobox
						name={fields.currentJobTitle.name}
						id={fields.currentJobTitle.id}
						label="Métier actuel (ou dernier métier exercé)"
						description={'Tapez quelques lettres, par exemple «\u00a0infirmier\u00a0» ou «\u00a0conseiller bancaire\u00a0».'}
						defaultValue={profile.currentJobTitle}
						errors={fields.currentJobTitle.errors}
					/>
					<JobTitleCombobox
						name={fields.targetJobTitle.name}
						id={fields.targetJobTitle.id}
						label="Métier visé"
						description={'Le métier vers lequel vous souhaitez vous reconvertir, par exemple «\u00a0développeur web\u00a0».'}
						defaultValue={profile.targetJobTitle}
						errors={fields.targetJobTitle.errors}
					/>
					<Button type="submit" disabled={pending}>
						{pending ? 'Enregistrement…' : 'Enregistrer mon profil'}
					</Button>
				</Form>
			</section>

			<section aria-labelledby="offre" className="mt-8 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
				<div className="flex flex-wrap items-start justify-between gap-4">
					<div>
						<h2 id="offre" className="text-xl font-semibold">
							Mon offre&nbsp;: {loaderData.plan.planName}
						</h2>
						<p className="mt-1 text-sm text-stone-600">
							Votre consommation, remise à zéro chaque jour ou chaque mois (heure de Paris).
						</p>
					</div>
					<ButtonLink to="/compte/abonnement" variant="secondary" size="sm">
						{loaderData.plan.planId === 'gratuit' ? 'Passer Premium' : 'Gérer mon abonnement'}
					</ButtonLink>
				</div>
				<div className="mt-6 flex flex-col gap-5">
					{loaderData.plan.meters.map((meter) => (
						<UsageMeter key={meter.capability} {...meter} />
					))}
				</div>
			</section>

			<AiConsentSection consent={loaderData.aiConsent} saved={loaderData.consentSaved} missing={loaderData.consentMissing} />

			<section aria-labelledby="sessions" className="mt-8 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
				<h2 id="sessions" className="text-xl font-semibold">
					Sécurité
				</h2>
				<p className="mt-1 text-sm text-stone-600">
					Un appareil perdu ou partagé&nbsp;? Fermez votre session partout où vous êtes connecté.
				</p>
				<Form method="post" action="/deconnexion" className="mt-4">
					<input type="hidden" name="scope" value="global" />
					<Button type="submit" variant="secondary" className="w-full whitespace-normal sm:w-auto">
						Me déconnecter de tous les appareils
					</Button>
				</Form>
			</section>
		</div>
	)
}

function AiConsentSection({
	consent,
	saved,
	missing,
}: {
	consent: Route.ComponentProps['loaderData']['aiConsent']
	saved: boolean
	missing: boolean
}) {
	const status =
		consent.aiProcessing === null
			? 'Vous n’avez pas encore fait de choix. Iris et les outils d’IA vous le demanderont avant leur premier usage.'
			: `${consent.aiProcessing ? 'Vous avez accepté' : 'Vous avez refusé'} le traitement de vos contenus par l’IA le ${formatLongDate(consent.decidedAt!)}.`
	return (
		<section aria-labelledby="ia-titre" id="ia" className="mt-8 scroll-mt-20 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
			<h2 id="ia-titre" className="text-xl font-semibold">
				Intelligence artificielle
			</h2>
			<p className="mt-1 text-sm text-stone-600">{status}</p>
			{saved ? (
				<StatusMessage tone="success" className="mt-4">
					Votre choix est enregistré.
				</StatusMessage>
			) : null}
			{missing ? (
				<StatusMessage tone="error" className="mt-4">
					Choisissez «&nbsp;J’accepte&nbsp;» ou «&nbsp;Je refuse&nbsp;»&nbsp;: rien n’a été modifié.
				</StatusMessage>
			) : null}
			<div className="mt-4 space-y-2 text-sm leading-6 text-stone-700">
				<p>
					Si vous acceptez, vos questions à Iris et les textes que vous soumettez aux outils d’IA sont envoyés à notre fournisseur
					d’IA après retrait de vos données personnelles (noms, téléphones, e-mails, adresses…). Rien n’est utilisé pour entraîner
					des modèles.
				</p>
				<p>Si vous refusez, tout le reste de Phoenix reste disponible&nbsp;: éditeur de CV, journal, suivi des candidatures…</p>
			</div>
			<Form method="post" action="/compte/consentement-ia" className="mt-5 space-y-4">
				<fieldset>
					<legend className="font-medium">Traitement de mes contenus par l’IA</legend>
					<div className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6">
						<label className="flex items-center gap-2">
							<input type="radio" name="aiProcessing" value="accept" defaultChecked={consent.aiProcessing === true} className="size-4 accent-ember-700" required />
							J’accepte
						</label>
						<label className="flex items-center gap-2">
							<input type="radio" name="aiProcessing" value="refuse" defaultChecked={consent.aiProcessing === false} className="size-4 accent-ember-700" />
							Je refuse
						</label>
					</div>
				</fieldset>
				<label className="flex items-start gap-2 text-sm">
					<input type="checkbox" name="profileContext" defaultChecked={consent.profileContext} className="mt-1 size-4 accent-ember-700" />
					<span>Partager avec Iris un court résumé de mon profil (métier actuel et métier visé) pour des réponses plus précises.</span>
				</label>
				<Button type="submit" variant="secondary">
					Enregistrer mon choix
				</Button>
			</Form>
		</section>
	)
}
