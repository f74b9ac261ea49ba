import type { ComponentType, ReactNode } from 'react'
import { Link } from 'react-router'
import { Badge } from '#app/components/ui/badge.tsx'
import { ButtonLink, buttonClassName } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import {
	ArrowRightIcon,
	CheckIcon,
	CompassIcon,
	CvIcon,
	DownloadIcon,
	IrisIcon,
	LetterIcon,
	LockIcon,
	RiseIcon,
	RouteIcon,
	ShieldIcon,
	SparklesIcon,
	type IconProps,
} from '#app/components/ui/icons.tsx'
import type { Route } from './+types/home'

export const meta: Route.MetaFunction = () => [
	{ title: 'Phoenix — Votre reconversion professionnelle, accompagnée' },
	{
		name: 'description',
		content:
			'Phoenix aide les personnes en reconversion professionnelle\u00a0: lettres de motivation qui valorisent votre parcours, CV clairs, journal de bord privé et une assistante, Iris. Gratuit pour commencer.',
	},
]

export default function HomePage() {
	return (
		<>
			<Hero />
			<Worries />
			<Products />
			<HowItWorks />
			<Trust />
			<PricingTeaser />
			<FinalCallToAction />
		</>
	)
}

function Container({ children, className = '' }: { children: ReactNode; className?: string }) {
	return <div className={`mx-auto max-w-6xl px-4 sm:px-6 lg:px-8 ${className}`}>{children}</div>
}

function SectionHeading({
	id,
	eyebrow,
	title,
	children,
}: {
	id: string
	eyebrow: string
	title: ReactNode
	children?: ReactNode
}) {
	return (
		<div className="max-w-2xl">
			<p className="text-sm font-semibold tracking-wide text-ember-700 uppercase">{eyebrow}</p>
			<h2 id={id} className="mt-2 text-3xl font-bold tracking-tight text-balance text-stone-900 sm:text-4xl">
				{title}
			</h2>
			{children ? <div className="mt-4 text-lg leading-8 text-pretty text-stone-700">{children}</div> : null}
		</div>
	)
}

function Hero() {
	return (
		<section aria-labelledby="hero-title" className="relative overflow-hidden border-b border-stone-200 bg-white">
			<div
				aria-hidden="true"
				className="pointer-events-none absolute inset-0 bg-[radial-gradient(60rem_30rem_at_85%_-10%,var(--color-ember-100),transparent_70%)]"
			/>
			<Container className="relative grid grid-cols-1 items-center gap-12 py-16 sm:py-20 lg:grid-cols-[1.1fr_1fr] lg:gap-16 lg:py-24">
				<div>
					<Badge tone="accent">Reconversion professionnelle</Badge>
					<h1
						id="hero-title"
						className="mt-5 text-[2.125rem] leading-[1.1] font-bold tracking-tight text-balance text-stone-900 sm:text-5xl lg:text-[3.4rem]"
					>
						Votre reconversion, accompagnée pas à pas.
					</h1>
					<p className="mt-6 max-w-xl text-lg leading-8 text-pretty text-stone-700">
						Quitter un métier que l’on connaît pour un autre que l’on découvre, c’est courageux, et souvent
						inquiétant. Phoenix vous aide à mettre des mots sur ce que vous savez déjà faire, à préparer des
						candidatures solides et à garder le cap les jours de doute.
					</p>
					<div className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-center">
						<ButtonLink to="/connexion" size="lg">
							Commencer gratuitement
							<ArrowRightIcon className="size-5" />
						</ButtonLink>
						<a href="#outils" className={buttonClassName({ variant: 'secondary', size: 'lg' })}>
							Découvrir les outils
						</a>
					</div>
					<ul className="mt-8 flex flex-col gap-2.5 text-sm text-stone-700 sm:text-base">
						{[
							'Gratuit pour commencer, sans carte bancaire',
							'Connexion par un lien reçu par e-mail, sans mot de passe',
							'Votre journal reste privé et chiffré',
						].map((point) => (
							<li key={point} className="flex items-start gap-2.5">
								<span className="mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-emerald-100 text-emerald-800">
									<CheckIcon className="size-3.5" strokeWidth={2.5} />
								</span>
								{point}
							</li>
						))}
					</ul>
				</div>
				<TrajectoryPreview />
			</Container>
		</section>
	)
}

/** An illustration of what the person gets, clearly labelled as an example. */
function TrajectoryPreview() {
	return (
		<figure className="relative mx-auto w-full max-w-md lg:max-w-none">
			<figcaption className="sr-only">
				Exemple de trajectoire dans Phoenix, d’infirmier ou infirmière vers développeur ou développeuse web.
			</figcaption>
			<div className="rounded-3xl border border-stone-200 bg-white p-5 shadow-xl shadow-stone-900/5 sm:p-7">
				<div className="flex items-center justify-between gap-3">
					<p className="flex items-center gap-2 text-sm font-semibold text-stone-900">
						<RouteIcon className="size-5 text-ember-700" />
						Votre trajectoire
					</p>
					<Badge>Exemple</Badge>
				</div>
				<div className="mt-5 grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] items-center gap-2 sm:gap-3">
					<div className="rounded-xl bg-stone-100 px-3 py-3">
						<p className="text-xs text-stone-600">Aujourd’hui</p>
						<p className="text-sm font-semibold text-stone-900 sm:text-base">Infirmier·ère</p>
					</div>
					<ArrowRightIcon className="size-5 text-ember-700" />
					<div className="rounded-xl bg-ember-50 px-3 py-3 ring-1 ring-ember-200 ring-inset">
						<p className="text-xs text-ember-800">Demain</p>
						<p className="text-sm font-semibold text-stone-900 sm:text-base">Développeur·se web</p>
					</div>
				</div>
				<div className="mt-6">
					<p className="text-sm font-medium text-stone-700">Ce que vous savez déjà faire</p>
					<ul className="mt-2 flex flex-wrap gap-2">
						{['Gérer les priorités', 'Travailler en équipe', 'Suivre un protocole', 'Garder son calme'].map(
							(skill) => (
								<li
									key={skill}
									className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2.5 py-1 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset"
								>
									<CheckIcon className="size-3.5" strokeWidth={2.5} />
									{skill}
								</li>
							),
						)}
					</ul>
				</div>
				<div className="mt-5">
					<p className="text-sm font-medium text-stone-700">Ce qu’il vous reste à acquérir</p>
					<ul className="mt-2 flex flex-wrap gap-2">
						{['HTML, CSS, JavaScript', 'Git', 'Méthodes agiles'].map((skill) => (
							<li
								key={skill}
								className="rounded-full bg-white px-2.5 py-1 text-xs font-medium text-stone-700 ring-1 ring-stone-300 ring-inset"
							>
								{skill}
							</li>
						))}
					</ul>
				</div>
				<div className="mt-6 rounded-xl border border-dashed border-stone-300 p-4">
					<p className="text-xs font-semibold tracking-wide text-stone-600 uppercase">Prochaine étape</p>
					<p className="mt-1 font-medium text-stone-900">Une formation de développeur web, finançable par le CPF</p>
				</div>
			</div>
			<div className="relative mt-4 ml-auto max-w-xs rounded-2xl border border-stone-200 bg-white p-4 shadow-lg shadow-stone-900/5 sm:-mt-6 sm:mr-[-1rem] lg:mr-[-2rem]">
				<p className="flex items-center gap-2 text-xs font-semibold text-ember-800">
					<IrisIcon className="size-4" />
					Iris
				</p>
				<p className="mt-1.5 text-sm leading-6 text-stone-700">
					Vos gardes de nuit montrent que vous savez rester concentré·e sous pression. Disons-le dans votre
					lettre.
				</p>
			</div>
		</figure>
	)
}

function Worries() {
	const worries = [
		{
			question: 'Mon expérience ne compte pas dans mon futur métier.',
			answer:
				'Elle compte plus que vous ne le pensez. Phoenix la traduit dans le vocabulaire de votre nouveau métier, compétence par compétence.',
		},
		{
			question: 'Je ne sais pas par où commencer.',
			answer:
				'Une étape à la fois\u00a0: un plan daté, avec les formations et les financements qui conviennent (CPF, France Travail, Transitions Pro).',
		},
		{
			question: 'Et si je me trompais\u202f?',
			answer:
				'Le doute fait partie du chemin. Un journal privé vous aide à le poser par écrit, à prendre du recul et à avancer à votre rythme.',
		},
	]
	return (
		<section aria-labelledby="worries-title" className="py-16 sm:py-20">
			<Container>
				<SectionHeading id="worries-title" eyebrow="Des doutes légitimes" title="Ces questions, beaucoup se les posent">
					Changer de métier à 30, 40 ou 50 ans soulève les mêmes inquiétudes. Voici comment Phoenix y répond.
				</SectionHeading>
				<ul className="mt-10 grid gap-6 md:grid-cols-3">
					{worries.map((worry) => (
						<li key={worry.question} className="rounded-2xl border border-stone-200 bg-white p-6">
							<p className="font-serif text-lg leading-7 text-stone-900 italic">
								«&nbsp;{worry.question}&nbsp;»
							</p>
							<p className="mt-4 border-t border-stone-200 pt-4 leading-7 text-stone-700">{worry.answer}</p>
						</li>
					))}
				</ul>
			</Container>
		</section>
	)
}

type ProductCard = {
	name: string
	tagline: string
	description: string
	features: string[]
	Icon: ComponentType<IconProps>
}

const productCards: ProductCard[] = [
	{
		name: 'Phoenix Letters',
		tagline: 'Des lettres de motivation qui assument votre reconversion',
		description:
			'Votre changement de cap est présenté franchement, comme une force, et chaque compétence de votre ancien métier est traduite dans les mots du nouveau.',
		features: [
			'Analyse de l’offre\u00a0: ce qui est indispensable, ce qui est souhaité',
			'Mirror Match\u00a0: ce que votre CV couvre déjà, ce qui manque',
			'Smart Coach\u00a0: des conseils concrets pour améliorer votre lettre',
			'Trajectory Builder\u00a0: votre chemin vers le métier visé, d’après le ROME',
			'Le suivi de vos candidatures, de l’envoi à la réponse',
		],
		Icon: LetterIcon,
	},
	{
		name: 'Phoenix CV',
		tagline: 'Un CV clair, que les recruteurs et leurs logiciels lisent sans peine',
		description:
			'Un éditeur guidé qui vous aide à mettre en avant ce qui compte pour votre nouveau métier, sans jargon ni mise en page piège.',
		features: [
			'Des modèles sobres, lisibles par les logiciels de recrutement (ATS)',
			'L’import de votre CV actuel, en PDF',
			'L’export en PDF et en Word (DOCX)',
			'Des conseils adaptés au secteur que vous visez',
		],
		Icon: CvIcon,
	},
	{
		name: 'Phoenix Rise',
		tagline: 'Un journal pour tenir le cap, les bons jours comme les autres',
		description:
			'Quelques lignes et votre humeur du jour suffisent. Avec le temps, vous voyez le chemin parcouru, et ce qui vous porte.',
		features: [
			'Un journal privé, chiffré, avec votre humeur du jour',
			'Des questions de coaching pour prendre du recul, si vous le souhaitez',
			'Des objectifs et des étapes, reliés à votre plan de reconversion',
			'Jamais transmis à l’IA sans votre demande',
		],
		Icon: RiseIcon,
	},
	{
		name: 'Iris, votre assistante',
		tagline: 'Une réponse à vos questions, sur chaque page',
		description:
			'Iris sait où vous en êtes\u00a0: experte des lettres dans Letters, conseillère carrière dans CV, coach bienveillante dans Rise.',
		features: [
			'Des réponses adaptées à l’écran où vous êtes',
			'Votre profil n’est partagé qu’avec votre accord',
			'Vos coordonnées sont retirées avant tout envoi à l’IA',
			'Un historique que vous pouvez effacer à tout moment',
		],
		Icon: IrisIcon,
	},
]

function Products() {
	return (
		<section id="outils" aria-labelledby="products-title" className="scroll-mt-20 border-y border-stone-200 bg-white py-16 sm:py-20">
			<Container>
				<SectionHeading id="products-title" eyebrow="Les outils" title="Quatre outils, un seul compte">
					Un seul profil, partagé entre les outils&#8239;: votre métier actuel, votre métier visé et vos compétences
					ne sont saisis qu’une fois. Phoenix ouvre ses outils progressivement, au fil des versions.
				</SectionHeading>
				<ul className="mt-12 grid gap-6 md:grid-cols-2">
					{productCards.map(({ name, tagline, description, features, Icon }) => (
						<Card as="li" key={name} padding="lg" className="flex flex-col">
							<div className="flex items-center gap-4">
								<span className="flex size-12 shrink-0 items-center justify-center rounded-xl bg-ember-50 text-ember-800 ring-1 ring-ember-200 ring-inset">
									<Icon className="size-6" />
								</span>
								<h3 className="text-xl font-semibold tracking-tight text-stone-900">{name}</h3>
							</div>
							<p className="mt-5 text-lg leading-7 font-medium text-stone-900">{tagline}</p>
							<p className="mt-2 leading-7 text-stone-700">{description}</p>
							<ul className="mt-5 flex flex-col gap-2.5 border-t border-stone-100 pt-5">
								{features.map((feature) => (
									<li key={feature} className="flex items-start gap-2.5 text-stone-700">
										<CheckIcon className="mt-1 size-4 shrink-0 text-ember-700" strokeWidth={2.25} />
										<span>{feature}</span>
									</li>
								))}
							</ul>
						</Card>
					))}
				</ul>
			</Container>
		</section>
	)
}

function HowItWorks() {
	const steps = [
		{
			title: 'Créez votre compte',
			text: 'Votre adresse e-mail suffit. Vous recevez un lien de connexion (et un code à 6 chiffres), sans mot de passe à retenir.',
		},
		{
			title: 'Dites-nous d’où vous partez et où vous allez',
			text: 'Votre métier actuel et votre métier visé, choisis dans le répertoire ROME de France Travail. Tout le reste s’appuie dessus.',
		},
		{
			title: 'Avancez, une étape après l’autre',
			text: 'Analysez une offre, préparez votre CV et votre lettre, notez vos progrès. Iris est là si vous bloquez.',
		},
	]
	return (
		<section aria-labelledby="how-title" className="py-16 sm:py-20">
			<Container>
				<SectionHeading id="how-title" eyebrow="Comment ça marche" title="Trois étapes pour démarrer" />
				<ol className="mt-12 grid gap-8 md:grid-cols-3 md:gap-6">
					{steps.map((step, index) => (
						<li key={step.title} className="relative flex gap-4 md:flex-col">
							<span
								aria-hidden="true"
								className="flex size-11 shrink-0 items-center justify-center rounded-full bg-ember-700 text-lg font-bold text-white shadow-sm"
							>
								{index + 1}
							</span>
							<div>
								<h3 className="text-lg font-semibold text-stone-900">
									<span className="sr-only">Étape {index + 1}&nbsp;: </span>
									{step.title}
								</h3>
								<p className="mt-2 leading-7 text-stone-700">{step.text}</p>
							</div>
						</li>
					))}
				</ol>
			</Container>
		</section>
	)
}

function Trust() {
	const points = [
		{
			title: 'Votre journal est chiffré',
			text: 'Ce que vous écrivez dans Rise est chiffré avant d’être enregistré. Il ne sert jamais à des statistiques.',
			Icon: LockIcon,
		},
		{
			title: 'L’IA, seulement avec votre accord',
			text: 'Vos documents ne sont envoyés à un modèle d’IA que si vous l’avez accepté, et vous pouvez changer d’avis.',
			Icon: SparklesIcon,
		},
		{
			title: 'Vos coordonnées restent ici',
			text: 'Nom, téléphone, adresse, numéro de sécurité sociale\u00a0: ils sont retirés du texte avant tout envoi à l’IA.',
			Icon: ShieldIcon,
		},
		{
			title: 'Tout récupérer, tout effacer',
			text: 'Téléchargez l’ensemble de vos données ou supprimez votre compte à tout moment, depuis votre espace.',
			Icon: DownloadIcon,
		},
	]
	return (
		<section aria-labelledby="trust-title" className="bg-stone-900 py-16 text-stone-100 sm:py-20">
			<Container>
				<div className="grid gap-12 lg:grid-cols-[1fr_1.6fr] lg:gap-16">
					<div>
						<p className="text-sm font-semibold tracking-wide text-ember-300 uppercase">Confiance</p>
						<h2 id="trust-title" className="mt-2 text-3xl font-bold tracking-tight text-balance text-white sm:text-4xl">
							Vos données restent les vôtres
						</h2>
						<p className="mt-4 text-lg leading-8 text-stone-300">
							Un CV, un journal, des doutes&#8239;: ce que vous nous confiez est personnel. Nous le traitons comme
							tel.
						</p>
						<p className="mt-6 flex items-start gap-3 text-sm leading-6 text-stone-300">
							<CompassIcon className="mt-0.5 size-5 shrink-0 text-ember-300" />
							<span>
								Métiers et compétences issus du répertoire officiel ROME&nbsp;4.0 de France Travail.
							</span>
						</p>
						<Link
							to="/confidentialite"
							className="mt-8 inline-flex items-center gap-2 rounded font-semibold text-ember-300 underline decoration-ember-300/50 underline-offset-4 hover:decoration-ember-300"
						>
							Lire notre politique de confidentialité
							<ArrowRightIcon className="size-4" />
						</Link>
					</div>
					<ul className="grid gap-6 sm:grid-cols-2">
						{points.map(({ title, text, Icon }) => (
							<li key={title} className="rounded-2xl bg-white/5 p-6 ring-1 ring-white/10">
								<Icon className="size-6 text-ember-300" />
								<h3 className="mt-4 font-semibold text-white">{title}</h3>
								<p className="mt-2 text-sm leading-6 text-stone-300">{text}</p>
							</li>
						))}
					</ul>
				</div>
			</Container>
		</section>
	)
}

function PricingTeaser() {
	const plans = [
		{
			name: 'Gratuit',
			price: '0\u00a0€',
			period: 'pour toujours',
			features: [
				'3 lettres de motivation par mois',
				'1 CV avec les modèles de base',
				'30 entrées de journal par mois',
				'5 conversations avec Iris par jour',
			],
			highlighted: false,
		},
		{
			name: 'Premium',
			price: '9,99\u00a0€',
			period: 'par mois, sans engagement',
			features: [
				'50 lettres de motivation par mois',
				'CV illimités et tous les modèles',
				'Mirror Match, Smart Coach et Trajectory Builder complets',
				'Journal et conversations avec Iris illimités',
			],
			highlighted: true,
		},
	]
	return (
		<section aria-labelledby="pricing-title" className="py-16 sm:py-20">
			<Container>
				<div className="grid grid-cols-1 items-center gap-10 lg:grid-cols-[1fr_1.5fr] lg:gap-12">
					<div>
						<SectionHeading id="pricing-title" eyebrow="Tarifs" title="Gratuit pour commencer, Premium à 9,99&nbsp;€/mois">
							Commencez sans rien payer. Si Phoenix vous est utile, Premium lève les limites, et se résilie en
							quelques clics.
						</SectionHeading>
						<Link
							to="/tarifs"
							className="mt-6 inline-flex items-center gap-2 rounded font-semibold text-ember-800 underline decoration-ember-300 underline-offset-4 hover:decoration-ember-700"
						>
							Voir les tarifs en détail
							<ArrowRightIcon className="size-4" />
						</Link>
					</div>
					<ul className="grid gap-6 sm:grid-cols-2">
						{plans.map((plan) => (
							<li
								key={plan.name}
								className={
									plan.highlighted
										? 'rounded-2xl border-2 border-ember-600 bg-white p-6 shadow-md'
										: 'rounded-2xl border border-stone-200 bg-white p-6'
								}
							>
								<div className="flex flex-wrap items-center justify-between gap-2">
									<h3 className="text-lg font-semibold text-stone-900">{plan.name}</h3>
									{plan.highlighted ? <Badge tone="accent">Le plus complet</Badge> : null}
								</div>
								<p className="mt-3">
									<span className="text-3xl font-bold tracking-tight text-stone-900">{plan.price}</span>{' '}
									<span className="text-sm text-stone-600">{plan.period}</span>
								</p>
								<ul className="mt-5 flex flex-col gap-2.5 text-sm">
									{plan.features.map((feature) => (
										<li key={feature} className="flex items-start gap-2.5 text-stone-700">
											<CheckIcon className="mt-0.5 size-4 shrink-0 text-ember-700" strokeWidth={2.25} />
											<span>{feature}</span>
										</li>
									))}
								</ul>
							</li>
						))}
					</ul>
				</div>
			</Container>
		</section>
	)
}

function FinalCallToAction() {
	return (
		<section aria-labelledby="start-title" className="pb-20">
			<Container>
				<div className="relative overflow-hidden rounded-3xl bg-ember-800 px-6 py-12 text-center sm:px-12 sm:py-16">
					<div
						aria-hidden="true"
						className="pointer-events-none absolute inset-0 bg-[radial-gradient(40rem_20rem_at_50%_-20%,var(--color-ember-600),transparent_70%)]"
					/>
					<div className="relative mx-auto max-w-2xl">
						<h2 id="start-title" className="text-3xl font-bold tracking-tight text-balance text-white sm:text-4xl">
							Et si vous faisiez le premier pas aujourd’hui&#8239;?
						</h2>
						<p className="mt-4 text-lg leading-8 text-ember-50">
							Créer un compte prend une minute. Vos données vous appartiennent&#8239;: vous pouvez tout supprimer
							quand vous le souhaitez.
						</p>
						<div className="mt-8 flex flex-col items-center justify-center gap-3 sm:flex-row">
							<Link
								to="/connexion"
								className="inline-flex min-h-12 items-center justify-center gap-2 rounded-lg bg-white px-6 py-3 text-lg font-semibold text-ember-900 shadow-sm hover:bg-ember-50 focus-visible:outline-white"
							>
								Créer mon compte gratuit
								<ArrowRightIcon className="size-5" />
							</Link>
							<Link
								to="/connexion"
								className="inline-flex min-h-12 items-center rounded-lg px-4 font-semibold text-white underline decoration-white/50 underline-offset-4 hover:decoration-white focus-visible:outline-white"
							>
								J’ai déjà un compte
							</Link>
						</div>
					</div>
				</div>
			</Container>
		</section>
	)
}
