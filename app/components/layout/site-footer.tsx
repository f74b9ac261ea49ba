import { Link } from 'react-router'
import { PhoenixMark } from '#app/components/ui/icons.tsx'

const productLinks = [
	{ to: '/letters', label: 'Phoenix Letters' },
	{ to: '/cv', label: 'Phoenix CV' },
	{ to: '/rise', label: 'Phoenix Rise' },
	{ to: '/tarifs', label: 'Tarifs' },
	{ to: '/green-ai', label: 'Green AI' },
]

const legalLinks = [
	{ to: '/mentions-legales', label: 'Mentions légales' },
	{ to: '/cgu', label: 'CGU' },
	{ to: '/confidentialite', label: 'Confidentialité' },
]

const linkClassName =
	'rounded text-sm text-stone-700 underline-offset-4 hover:text-ember-800 hover:underline'

export function SiteFooter() {
	return (
		<footer className="mt-auto border-t border-stone-200 bg-white">
			<div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 lg:px-8">
				<div className="grid gap-10 md:grid-cols-[1.5fr_1fr_1fr]">
					<div className="max-w-sm">
						<Link to="/" className="inline-flex items-center gap-2 rounded-lg font-bold text-stone-900">
							<PhoenixMark className="size-7" />
							Phoenix<span className="sr-only"> — accueil</span>
						</Link>
						<p className="mt-3 text-sm leading-6 text-stone-600">
							Des outils simples et honnêtes pour changer de métier&nbsp;: lettres, CV, journal de bord et une
							assistante qui vous accompagne.
						</p>
					</div>
					<nav aria-labelledby="footer-products">
						<h2 id="footer-products" className="text-sm font-semibold text-stone-900">
							Produits
						</h2>
						<ul className="mt-3 flex flex-col gap-2">
							{productLinks.map((link) => (
								<li key={link.to}>
									<Link to={link.to} className={linkClassName}>
										{link.label}
									</Link>
								</li>
							))}
						</ul>
					</nav>
					<nav aria-labelledby="footer-legal">
						<h2 id="footer-legal" className="text-sm font-semibold text-stone-900">
							Informations légales
						</h2>
						<ul className="mt-3 flex flex-col gap-2">
							{legalLinks.map((link) => (
								<li key={link.to}>
									<Link to={link.to} className={linkClassName}>
										{link.label}
									</Link>
								</li>
							))}
						</ul>
					</nav>
				</div>
				<div className="mt-10 flex flex-col gap-2 border-t border-stone-200 pt-6 text-xs leading-5 text-stone-600 sm:flex-row sm:items-start sm:justify-between sm:gap-8">
					<p>
						Source&nbsp;: France Travail, ROME 4.0 (export open data v460), data.gouv.fr —{' '}
						<a
							href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
							className="underline underline-offset-2 hover:text-ember-800"
						>
							Licence Ouverte
						</a>
						.
					</p>
					<p className="shrink-0">Phoenix, la reconversion accompagnée.</p>
				</div>
			</div>
		</footer>
	)
}
