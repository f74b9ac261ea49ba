import { Card } from '#app/components/ui/card.tsx'
import { formatLongDate } from '#app/components/ui/format.ts'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import { getGreenAiSummary } from '#app/server/green-ai.server.ts'
import { greenFactors } from '#shared/ai/green.ts'
import type { Route } from './+types/green-ai'

export const meta: Route.MetaFunction = () => [
	{ title: 'Green AI : l’empreinte mesurée de notre IA — Phoenix' },
	{
		name: 'description',
		content: 'Combien d’appels à l’IA, combien d’énergie, combien de carbone : les chiffres mesurés de Phoenix et la méthode de calcul.',
	},
]

export async function loader() {
	return { rows: await getGreenAiSummary() }
}

const featureLabels: Record<string, string> = {
	iris: 'Iris, l’assistante',
	letter: 'Lettres de motivation',
	letter_coach: 'Smart Coach',
	cv_advice: 'Conseils CV',
	rise_coaching: 'Coaching Rise',
}
const providerLabels: Record<string, string> = { gemini: 'Gemini (Google)', offline: 'Moteur hors ligne' }

const integer = new Intl.NumberFormat('fr-FR')
const decimal = (digits: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits })

/** Small quantities read better in the unit that keeps a few significant digits. */
function energy(wh: number) {
	if (wh >= 1000) return `${decimal(2).format(wh / 1000)}\u00a0kWh`
	if (wh >= 1) return `${decimal(2).format(wh)}\u00a0Wh`
	return `${decimal(2).format(wh * 1000)}\u00a0mWh`
}
function carbon(grams: number) {
	if (grams >= 1000) return `${decimal(2).format(grams / 1000)}\u00a0kg\u00a0CO₂e`
	if (grams >= 1) return `${decimal(2).format(grams)}\u00a0g\u00a0CO₂e`
	return `${decimal(2).format(grams * 1000)}\u00a0mg\u00a0CO₂e`
}

export default function GreenAi({ loaderData }: Route.ComponentProps) {
	const { rows } = loaderData
	const totals = rows.reduce(
		(sum, row) => ({ calls: sum.calls + row.calls, energyWh: sum.energyWh + row.energyWh, carbonG: sum.carbonG + row.carbonG }),
		{ calls: 0, energyWh: 0, carbonG: 0 },
	)
	const since = rows.map((row) => row.firstCall).filter((value): value is string => Boolean(value)).sort()[0]
	return (
		<div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
			<PageHeader
				eyebrow="Green AI"
				title="L’empreinte de notre IA, mesurée et publiée"
				description="Chaque appel à l’IA fait dans Phoenix est compté : fonctionnalité, modèle, jetons, durée. Nous en déduisons une estimation de l’énergie consommée et du carbone émis, publiée ici telle quelle. Le contenu de vos échanges n’est jamais compté ni conservé pour ces chiffres."
			/>

			<section aria-labelledby="totaux" className="mt-10">
				<h2 id="totaux" className="sr-only">
					Totaux
				</h2>
				<dl className="grid gap-4 sm:grid-cols-3">
					<Card padding="lg">
						<dt className="text-sm font-medium text-stone-600">Appels à l’IA</dt>
						<dd className="mt-2 text-3xl font-bold tracking-tight" data-testid="green-calls">
							{integer.format(totals.calls)}
						</dd>
					</Card>
					<Card padding="lg">
						<dt className="text-sm font-medium text-stone-600">Énergie estimée</dt>
						<dd className="mt-2 text-3xl font-bold tracking-tight">{energy(totals.energyWh)}</dd>
					</Card>
					<Card padding="lg">
						<dt className="text-sm font-medium text-stone-600">Carbone estimé</dt>
						<dd className="mt-2 text-3xl font-bold tracking-tight">{carbon(totals.carbonG)}</dd>
					</Card>
				</dl>
				<p className="mt-3 text-sm text-stone-600">
					{since ? `Depuis le ${formatLongDate(since)}, mis à jour à chaque appel.` : 'Aucun appel à l’IA pour l’instant.'}
				</p>
			</section>

			<section aria-labelledby="par-fonctionnalite" className="mt-12">
				<h2 id="par-fonctionnalite" className="text-2xl font-semibold tracking-tight">
					Par fonctionnalité
				</h2>
				{rows.length === 0 ? (
					<p className="mt-4 text-stone-700">Les chiffres apparaîtront dès le premier appel.</p>
				) : (
					<div className="mt-4 overflow-x-auto rounded-xl border border-stone-200 bg-white">
						<table className="w-full min-w-[36rem] text-left text-sm">
							<caption className="sr-only">Appels, énergie et carbone moyens par fonctionnalité et par moteur</caption>
							<thead className="bg-stone-100 text-stone-700">
								<tr>
									<th scope="col" className="px-4 py-3 font-semibold">Fonctionnalité</th>
									<th scope="col" className="px-4 py-3 font-semibold">Moteur</th>
									<th scope="col" className="px-4 py-3 text-right font-semibold">Appels</th>
									<th scope="col" className="px-4 py-3 text-right font-semibold">Jetons moyens (entrée / sortie)</th>
									<th scope="col" className="px-4 py-3 text-right font-semibold">Énergie par appel</th>
									<th scope="col" className="px-4 py-3 text-right font-semibold">Carbone par appel</th>
								</tr>
							</thead>
							<tbody className="divide-y divide-stone-200">
								{rows.map((row) => (
									<tr key={`${row.feature}-${row.provider}`}>
										<th scope="row" className="px-4 py-3 font-medium">{featureLabels[row.feature] ?? row.feature}</th>
										<td className="px-4 py-3">{providerLabels[row.provider] ?? row.provider}</td>
										<td className="px-4 py-3 text-right tabular-nums">{integer.format(row.calls)}</td>
										<td className="px-4 py-3 text-right tabular-nums">
											{integer.format(Math.round(row.inputTokens / row.calls))} / {integer.format(Math.round(row.outputTokens / row.calls))}
										</td>
										<td className="px-4 py-3 text-right tabular-nums">{energy(row.energyWh / row.calls)}</td>
										<td className="px-4 py-3 text-right tabular-nums">{carbon(row.carbonG / row.calls)}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
			</section>

			<section aria-labelledby="methode" className="mt-12 max-w-3xl space-y-4 leading-7 text-stone-800">
				<h2 id="methode" className="text-2xl font-semibold tracking-tight text-stone-900">
					La méthode
				</h2>
				<p>
					Pour chaque appel, nous enregistrons la fonctionnalité, le moteur, le modèle, le nombre de jetons lus et écrits, la durée et le
					résultat. Jamais le texte. Les comptes supprimés ne laissent que ces chiffres, sans lien avec la personne.
				</p>
				<h3 className="text-lg font-semibold text-stone-900">Gemini</h3>
				<p>
					{decimal(2).format(greenFactors.geminiWhPerThousandInputTokens)}&nbsp;Wh pour 1&nbsp;000 jetons lus et{' '}
					{decimal(2).format(greenFactors.geminiWhPerThousandOutputTokens)}&nbsp;Wh pour 1&nbsp;000 jetons écrits, refroidissement
					et infrastructure compris. Ces facteurs sont calés sur la médiane publiée par Google pour une requête texte à Gemini
					(0,24&nbsp;Wh, «&nbsp;Measuring the environmental impact of delivering AI at Google scale&nbsp;», août 2025)&nbsp;: écrire un
					jeton coûte bien plus que le lire.
				</p>
				<h3 className="text-lg font-semibold text-stone-900">Moteur hors ligne</h3>
				<p>
					Sans clé d’IA, Phoenix répond avec son propre moteur (aide du produit, vos données, référentiel ROME). Nous comptons la
					puissance de nos serveurs pendant le calcul ({greenFactors.offlineWatts}&nbsp;W) multipliée par sa durée mesurée.
				</p>
				<h3 className="text-lg font-semibold text-stone-900">Du kilowattheure au carbone</h3>
				<p>
					Nous appliquons l’intensité carbone du mix électrique français&nbsp;: {greenFactors.gridGramsCo2PerKwh}&nbsp;g&nbsp;CO₂e par
					kWh (RTE, Bilan électrique 2023). Les centres de données d’un fournisseur peuvent être hors de France, sur un réseau plus
					carboné&nbsp;: pour Gemini, ce chiffre est donc une estimation basse, et nous le disons.
				</p>
				<p className="text-sm text-stone-600">
					Ce sont des estimations, pas des mesures au compteur. Les facteurs sont dans notre code source et changent quand de meilleures
					données sont publiées&nbsp;; les nouveaux appels sont alors estimés avec les nouveaux facteurs.
				</p>
			</section>
		</div>
	)
}
