// Iris on every page: a button in the corner and, once opened, a panel beside
// the page (not a modal: the page stays usable, which is the point of an
// assistant that knows where you are). Full screen on phones.
import {
	useEffect,
	useId,
	useLayoutEffect,
	useRef,
	useState,
	type KeyboardEvent as ReactKeyboardEvent,
	type MouseEvent as ReactMouseEvent,
	type ReactNode,
	type RefObject,
} from 'react'
import { Link, useLocation } from 'react-router'
import { Button, ButtonLink, buttonClassName } from '#app/components/ui/button.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { formatLongDate } from '#app/components/ui/format.ts'
import {
	AlertIcon,
	ArrowRightIcon,
	ClockIcon,
	CloseIcon,
	InfoIcon,
	IrisIcon,
	LockIcon,
	PenIcon,
	ShieldIcon,
	UserIcon,
} from '#app/components/ui/icons.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import type { ProductArea } from '#shared/ai/types.ts'
import type { IrisAction, IrisConversationSummary } from './protocol.ts'
import { AnswerText, linkTarget } from './render-answer.tsx'
import { IRIS_MESSAGE_MAX_LENGTH, isUnfinished, useIris, type ChatMessage, type IrisState } from './use-iris.ts'

const personas: Record<ProductArea, string> = {
	portal: 'guide de Phoenix',
	letters: 'experte des lettres',
	cv: 'consultante CV et carrière',
	rise: 'coach (pas thérapeute)',
}

const introductions: Record<ProductArea, string> = {
	portal: 'Posez-moi vos questions sur Phoenix, sur vos démarches et sur votre projet de reconversion.',
	letters: 'Je vous aide à lire une offre, à relier votre parcours au métier visé et à écrire une lettre qui assume votre reconversion.',
	cv: 'Je vous aide à construire un CV clair, lisible par les logiciels de recrutement, qui met en valeur votre reconversion.',
	rise: 'Je vous aide à prendre du recul et à avancer pas à pas. Je ne suis pas thérapeute\u00a0: en cas de détresse, appelez le 3114 (24\u00a0h/24) ou le 15.',
}

const starterQuestions: Record<ProductArea, string[]> = {
	portal: [
		'Par quel produit Phoenix commencer ma reconversion\u00a0?',
		'Comment financer une formation avec mon CPF\u00a0?',
		'Que change l’offre Premium par rapport à l’offre Gratuite\u00a0?',
	],
	letters: [
		'Comment passer d’infirmière à développeuse web\u00a0?',
		'Comment présenter ma reconversion dans une lettre de motivation\u00a0?',
		'Quelles compétences mettre en avant pour le métier que je vise\u00a0?',
	],
	cv: [
		'Comment rendre mon CV lisible par les logiciels de recrutement\u00a0?',
		'Comment présenter une reconversion dans mon CV\u00a0?',
		'Quel intitulé de poste choisir pour le métier que je vise\u00a0?',
	],
	rise: [
		'Je doute de mon projet de reconversion, par où commencer\u00a0?',
		'Comment me fixer un petit objectif pour cette semaine\u00a0?',
		'Comment garder confiance après plusieurs refus\u00a0?',
	],
}

const offlineNotice =
	'Mode hors ligne\u00a0: réponses construites à partir de l’aide de Phoenix, de vos données et du référentiel ROME, sans modèle d’IA.'


/** « 2 conversations sur 5 aujourd’hui » (French keeps 0 and 1 singular). */
export function quotaLabel(used: number, limit: number) {
	return `${used} conversation${used > 1 ? 's' : ''} sur ${limit} aujourd’hui`
}

function isShortcut(event: KeyboardEvent) {
	if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyI') return true
	return (event.ctrlKey || event.metaKey) && !event.altKey && event.key === '/'
}

const iconButtonClassName =
	'inline-flex size-10 shrink-0 items-center justify-center rounded-lg text-stone-700 transition-colors hover:bg-stone-100 hover:text-stone-950 aria-pressed:bg-ember-50 aria-pressed:text-ember-800 aria-pressed:ring-1 aria-pressed:ring-ember-200 aria-pressed:ring-inset'

type BodyKind = 'sign-in' | 'loading' | 'unavailable' | 'consent' | 'consent-refused' | 'history' | 'chat-empty' | 'chat'

export function IrisPanel({ signedIn }: { signedIn: boolean }) {
	const iris = useIris({ signedIn })
	const location = useLocation()
	const launcherRef = useRef<HTMLButtonElement>(null)
	const panelRef = useRef<HTMLDivElement>(null)
	const headingRef = useRef<HTMLHeadingElement>(null)
	const titleId = useId()
	const panelId = useId()
	// Focus follows the person's own actions only: a panel reopened by a reload must not grab it.
	const autoFocus = useRef(false)
	const returnFocus = useRef(false)
	const [focusRequest, setFocusRequest] = useState(0)

	const { open, setOpen, overview, overviewState, view } = iris
	const showSignIn = !signedIn || overview?.signedIn === false
	const consented = overview?.consent.aiProcessing === true
	const bodyKind: BodyKind = showSignIn
		? 'sign-in'
		: overviewState === 'error'
			? 'unavailable'
			: !overview
				? 'loading'
				: !consented
					? overview.consent.aiProcessing === false
						? 'consent-refused'
						: 'consent'
					: view === 'history'
						? 'history'
						: iris.messages.length === 0 && iris.conversationState !== 'loading'
							? 'chat-empty'
							: 'chat'

	const openPanel = () => {
		autoFocus.current = true
		setOpen(true)
		setFocusRequest((count) => count + 1)
	}
	const closePanel = () => {
		const active = document.activeElement
		// Closing with the shortcut while typing in the page must leave the person where they were.
		returnFocus.current = !active || active === document.body || Boolean(panelRef.current?.contains(active))
		autoFocus.current = false
		setOpen(false)
	}
	const requestFocus = () => setFocusRequest((count) => count + 1)

	useEffect(() => {
		function onKeyDown(event: KeyboardEvent) {
			if (!isShortcut(event)) return
			event.preventDefault()
			if (open) closePanel()
			else openPanel()
		}
		document.addEventListener('keydown', onKeyDown)
		return () => document.removeEventListener('keydown', onKeyDown)
	})

	useEffect(() => {
		if (!open && returnFocus.current) {
			returnFocus.current = false
			launcherRef.current?.focus()
		}
	}, [open])

	// Lands focus on what each screen is about (the question field, a heading) when the person
	// asked for it, or when the element they were on has just disappeared (a consent button, a
	// starter question, a conversation picked from the history).
	const lastFocusRequest = useRef(0)
	useEffect(() => {
		if (!open || !autoFocus.current) return
		const panel = panelRef.current
		if (!panel) return
		const requested = focusRequest !== lastFocusRequest.current
		lastFocusRequest.current = focusRequest
		const active = document.activeElement
		const lost = !active || active === document.body || active === headingRef.current
		if (!requested && !lost) return
		const target = panel.querySelector<HTMLElement>('[data-iris-focus]') ?? headingRef.current
		target?.focus()
	}, [open, bodyKind, focusRequest])

	const onPanelKeyDown = (event: ReactKeyboardEvent) => {
		if (event.key !== 'Escape' || event.defaultPrevented) return
		event.preventDefault()
		closePanel()
	}

	// On a phone the panel hides the page: following a link from an answer should show that page.
	const onPanelClick = (event: ReactMouseEvent) => {
		const anchor = event.target instanceof Element ? event.target.closest('a') : null
		if (!anchor || anchor.target === '_blank') return
		if (window.matchMedia('(max-width: 639px)').matches) closePanel()
	}

	return (
		<>
			<button
				ref={launcherRef}
				type="button"
				onClick={openPanel}
				aria-label="Ouvrir Iris, l’assistante"
				aria-expanded={open}
				aria-controls={open ? panelId : undefined}
				aria-keyshortcuts="Alt+I Control+/ Meta+/"
				title="Ouvrir Iris, l’assistante (Alt+I ou Ctrl+/)"
				className={cx(
					open ? 'hidden' : 'inline-flex',
					'fixed right-4 bottom-[max(1rem,env(safe-area-inset-bottom))] z-40 min-h-12 items-center gap-2 rounded-full bg-ember-700 py-2.5 pr-5 pl-4 font-semibold text-white shadow-lg ring-1 ring-ember-800/20 transition-colors hover:bg-ember-800 active:bg-ember-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600 print:hidden',
				)}
			>
				<IrisIcon className="size-5" />
				<span>Iris</span>
			</button>

			{open ? (
				<div
					ref={panelRef}
					id={panelId}
					role="dialog"
					aria-labelledby={titleId}
					onKeyDown={onPanelKeyDown}
					onClick={onPanelClick}
					onFocusCapture={() => {
						autoFocus.current = true
					}}
					className={cx(
						'fixed inset-x-0 top-0 z-50 flex h-dvh w-full flex-col overflow-hidden bg-white print:hidden',
						'sm:inset-x-auto sm:top-20 sm:right-4 sm:bottom-4 sm:h-auto sm:w-[25rem] sm:max-w-[calc(100vw-2rem)] sm:rounded-2xl sm:border sm:border-stone-200 sm:shadow-2xl',
						'transition-[opacity,translate] duration-200 ease-out starting:translate-y-3 starting:opacity-0 motion-reduce:transition-none',
					)}
				>
					<PanelHeader
						iris={iris}
						titleId={titleId}
						headingRef={headingRef}
						showConversationTools={bodyKind === 'chat' || bodyKind === 'chat-empty' || bodyKind === 'history'}
						onClose={closePanel}
						onToggleHistory={() => {
							iris.setView(view === 'history' ? 'chat' : 'history')
							requestFocus()
						}}
						onNewConversation={() => {
							iris.newConversation()
							requestFocus()
						}}
					/>
					{overview?.mode === 'offline' && !showSignIn ? (
						<p className="flex gap-2 border-b border-stone-200 bg-stone-50 px-4 py-2 text-xs leading-5 text-stone-700">
							<InfoIcon className="mt-0.5 size-4 shrink-0 text-sky-700" />
							<span>{offlineNotice}</span>
						</p>
					) : null}

					{bodyKind === 'sign-in' ? (
						<SignInInvitation next={`${location.pathname}${location.search}`} />
					) : bodyKind === 'unavailable' ? (
						<div className="flex-1 overflow-y-auto p-4">
							<StatusMessage
								tone="error"
								title="Iris ne répond pas pour le moment"
								action={
									<Button size="sm" variant="secondary" onClick={iris.reloadOverview} data-iris-focus="">
										Réessayer
									</Button>
								}
							>
								Vérifiez votre connexion, puis réessayez dans un instant.
							</StatusMessage>
						</div>
					) : bodyKind === 'loading' ? (
						<p role="status" className="flex-1 p-5 text-sm text-stone-600">
							Ouverture d’Iris…
						</p>
					) : (bodyKind === 'consent' || bodyKind === 'consent-refused') && overview ? (
						<ConsentView key={String(overview.consent.aiProcessing)} iris={iris} />
					) : bodyKind === 'history' ? (
						<HistoryView iris={iris} onOpened={requestFocus} />
					) : (
						<ChatView iris={iris} />
					)}

					<div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
						{iris.announcement}
					</div>
				</div>
			) : null}
		</>
	)
}

function PanelHeader({
	iris,
	titleId,
	headingRef,
	showConversationTools,
	onClose,
	onToggleHistory,
	onNewConversation,
}: {
	iris: IrisState
	titleId: string
	headingRef: RefObject<HTMLHeadingElement | null>
	showConversationTools: boolean
	onClose: () => void
	onToggleHistory: () => void
	onNewConversation: () => void
}) {
	const subtitle = !showConversationTools
		? null
		: iris.view === 'history'
			? 'Historique'
			: (iris.conversationTitle ?? 'Nouvelle conversation')
	return (
		<div className="flex items-center gap-2 border-b border-stone-200 py-2.5 pr-2 pl-4">
			<IrisIcon className="size-5 shrink-0 text-ember-700" />
			<div className="min-w-0 flex-1">
				<h2 id={titleId} ref={headingRef} tabIndex={-1} className="text-base leading-5 font-semibold text-balance text-stone-900 outline-none">
					Iris · {personas[iris.area]}
				</h2>
				{subtitle ? <p className="truncate text-xs text-stone-600">{subtitle}</p> : null}
			</div>
			<div className="flex items-center">
				{showConversationTools ? (
					<>
						<button
							type="button"
							className={iconButtonClassName}
							aria-pressed={iris.view === 'history'}
							title="Historique des conversations"
							onClick={onToggleHistory}
						>
							<ClockIcon title="Historique des conversations" />
						</button>
						<button type="button" className={iconButtonClassName} title="Nouvelle conversation" onClick={onNewConversation}>
							<PenIcon title="Nouvelle conversation" />
						</button>
					</>
				) : null}
				<button type="button" className={iconButtonClassName} title="Fermer Iris (Échap)" onClick={onClose}>
					<CloseIcon title="Fermer Iris" />
				</button>
			</div>
		</div>
	)
}

function SignInInvitation({ next }: { next: string }) {
	return (
		<div className="flex flex-1 flex-col gap-4 overflow-y-auto p-5">
			<h3 className="text-lg font-semibold text-stone-900">Connectez-vous pour parler à Iris</h3>
			<p className="text-sm leading-6 text-stone-700">
				Iris répond à vos questions sur votre reconversion, vos lettres de motivation, votre CV et votre progression, en tenant
				compte de la page où vous êtes.
			</p>
			<div>
				<ButtonLink to={`/connexion?next=${encodeURIComponent(next)}`} data-iris-focus="">
					Se connecter
				</ButtonLink>
			</div>
			<p className="text-sm text-stone-600">Un lien de connexion par e-mail, sans mot de passe.</p>
		</div>
	)
}

function ConsentView({ iris }: { iris: IrisState }) {
	const consent = iris.overview?.consent
	const [reviewing, setReviewing] = useState(consent?.aiProcessing !== false)
	const [shareProfile, setShareProfile] = useState(consent?.profileContext ?? false)
	const [pending, setPending] = useState<'accept' | 'refuse' | null>(null)
	const [error, setError] = useState<string | null>(null)
	const checkboxId = useId()
	const headingId = useId()
	const reviewHeadingRef = useRef<HTMLHeadingElement>(null)

	useEffect(() => {
		if (reviewing && consent?.aiProcessing === false) reviewHeadingRef.current?.focus()
	}, [reviewing, consent?.aiProcessing])

	const decide = async (accept: boolean) => {
		setPending(accept ? 'accept' : 'refuse')
		setError(null)
		const failure = await iris.decideConsent(accept, shareProfile)
		setPending(null)
		if (failure) setError(failure)
	}

	if (!reviewing) {
		return (
			<div className="flex flex-1 flex-col gap-4 overflow-y-auto p-5">
				<h3 className="text-lg font-semibold text-stone-900" tabIndex={-1} data-iris-focus="">
					Iris reste en pause
				</h3>
				<p className="text-sm leading-6 text-stone-700">
					Vous avez choisi de ne pas confier vos questions à l’IA. Toutes les autres fonctionnalités de Phoenix restent
					disponibles&nbsp;: vos lettres, votre CV, votre journal et votre compte.
				</p>
				<p className="text-sm leading-6 text-stone-700">
					Vous pouvez changer d’avis à tout moment, ici ou depuis{' '}
					<Link to="/compte" className="font-medium text-ember-800 underline underline-offset-4">
						Mon compte
					</Link>
					.
				</p>
				<div>
					<Button variant="secondary" onClick={() => setReviewing(true)}>
						Changer d’avis
					</Button>
				</div>
			</div>
		)
	}

	const points: Array<{ Icon: typeof ShieldIcon; text: ReactNode }> = [
		{
			Icon: ShieldIcon,
			text: 'Vos questions sont envoyées à un fournisseur d’IA après retrait de vos données personnelles (noms, numéros de téléphone, e-mails, adresses…).',
		},
		{ Icon: ClockIcon, text: 'Vos conversations sont conservées dans votre compte, et vous pouvez les supprimer quand vous le souhaitez.' },
		{ Icon: LockIcon, text: 'Rien de ce que vous écrivez ne sert à entraîner des modèles d’IA.' },
		{
			Icon: UserIcon,
			text: (
				<>
					Vous pouvez retirer votre accord à tout moment depuis «&nbsp;
					<Link to="/compte" className="font-medium text-ember-800 underline underline-offset-4">
						Mon compte
					</Link>
					&nbsp;».
				</>
			),
		},
	]

	return (
		<div className="flex flex-1 flex-col gap-4 overflow-y-auto p-5">
			<h3 ref={reviewHeadingRef} id={headingId} tabIndex={-1} data-iris-focus="" className="text-lg font-semibold text-stone-900 outline-none">
				Avant de parler avec Iris
			</h3>
			<ul aria-labelledby={headingId} className="flex flex-col gap-3">
				{points.map(({ Icon, text }, index) => (
					<li key={index} className="flex gap-3 text-sm leading-6 text-stone-700">
						<Icon className="mt-0.5 size-5 shrink-0 text-ember-700" />
						<span>{text}</span>
					</li>
				))}
			</ul>
			<div className="flex gap-3 rounded-xl border border-stone-200 bg-stone-50 p-3">
				<input
					id={checkboxId}
					type="checkbox"
					checked={shareProfile}
					onChange={(event) => setShareProfile(event.target.checked)}
					className="mt-1 size-4 shrink-0 accent-ember-700"
				/>
				<label htmlFor={checkboxId} className="text-sm leading-6 text-stone-800">
					Partager un court résumé de mon profil (métier actuel et métier visé) pour des réponses plus précises
				</label>
			</div>
			{error ? (
				<StatusMessage tone="error">{error}</StatusMessage>
			) : null}
			<div className="flex flex-wrap gap-3">
				<Button onClick={() => void decide(true)} disabled={pending !== null} className="flex-1">
					{pending === 'accept' ? 'Enregistrement…' : 'J’accepte'}
				</Button>
				<Button variant="secondary" onClick={() => void decide(false)} disabled={pending !== null} className="flex-1">
					{pending === 'refuse' ? 'Enregistrement…' : 'Je refuse'}
				</Button>
			</div>
		</div>
	)
}

function ChatView({ iris }: { iris: IrisState }) {
	const scrollRef = useRef<HTMLDivElement>(null)
	const stickToBottom = useRef(true)
	const messageCount = iris.messages.length

	useEffect(() => {
		stickToBottom.current = true
	}, [messageCount, iris.conversationId])

	// Follows the answer as it is written, unless the person has scrolled up to read.
	useLayoutEffect(() => {
		const scroller = scrollRef.current
		if (scroller && stickToBottom.current) scroller.scrollTop = scroller.scrollHeight
	}, [iris.messages, iris.notice, iris.conversationState])

	const onScroll = () => {
		const scroller = scrollRef.current
		if (scroller) stickToBottom.current = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48
	}

	const lastIndex = messageCount - 1
	return (
		<>
			<div ref={scrollRef} onScroll={onScroll} className="flex-1 overflow-y-auto overscroll-contain px-4 py-4">
				{iris.conversationState === 'loading' ? (
					<p role="status" className="text-sm text-stone-600">
						Chargement de la conversation…
					</p>
				) : iris.conversationState === 'error' ? (
					<StatusMessage
						tone="error"
						action={
							<Button size="sm" variant="secondary" onClick={iris.reloadConversation}>
								Réessayer
							</Button>
						}
					>
						Cette conversation n’a pas pu être chargée.
					</StatusMessage>
				) : messageCount === 0 ? (
					<Starters iris={iris} />
				) : (
					<ol aria-label="Conversation avec Iris" className="flex flex-col gap-4">
						{iris.messages.map((message, index) => (
							<MessageItem key={message.id} message={message} iris={iris} isLast={index === lastIndex} />
						))}
					</ol>
				)}
				{iris.notice ? <Notice iris={iris} /> : null}
			</div>
			<Composer iris={iris} />
		</>
	)
}

function Starters({ iris }: { iris: IrisState }) {
	const headingId = useId()
	return (
		<div className="flex flex-col gap-4">
			<p className="text-sm leading-6 text-stone-700">{introductions[iris.area]}</p>
			<div>
				<h3 id={headingId} className="text-sm font-semibold text-stone-900">
					Pour commencer
				</h3>
				<ul aria-labelledby={headingId} className="mt-2 flex flex-col gap-2">
					{starterQuestions[iris.area].map((question) => (
						<li key={question}>
							<button
								type="button"
								onClick={() => iris.send(question)}
								disabled={iris.streaming}
								className="w-full rounded-xl border border-stone-200 bg-white px-3.5 py-2.5 text-left text-sm leading-6 text-stone-800 shadow-xs transition-colors hover:border-ember-300 hover:bg-ember-50 disabled:cursor-not-allowed disabled:opacity-60"
							>
								{question}
							</button>
						</li>
					))}
				</ul>
			</div>
		</div>
	)
}

function MessageItem({ message, iris, isLast }: { message: ChatMessage; iris: IrisState; isLast: boolean }) {
	if (message.role === 'user') {
		return (
			<li className="flex justify-end">
				<p className="max-w-[85%] rounded-2xl rounded-br-md bg-ember-700 px-3.5 py-2 text-[0.9375rem] leading-6 break-words whitespace-pre-wrap text-white">
					<span className="sr-only">Vous&nbsp;: </span>
					{message.text}
				</p>
			</li>
		)
	}

	const live = message.id === iris.liveMessageId
	const unfinished = isUnfinished(message, iris.liveMessageId)
	const canRetry = isLast && unfinished && iris.retryPlan?.kind === 'retryOf'
	const note =
		message.status === 'failed'
			? 'Iris n’a pas pu répondre.'
			: message.status === 'stopped' && message.stoppedHere
				? 'Réponse arrêtée'
				: 'Réponse interrompue'

	return (
		<li className="flex flex-col items-start gap-2">
			{message.status === 'blocked' ? (
				<p className="max-w-full rounded-2xl rounded-bl-md border border-stone-200 px-3.5 py-2.5 text-sm text-stone-700 italic">
					<span className="sr-only">Iris&nbsp;: </span>
					Cette réponse a été retirée par les protections de Phoenix.
				</p>
			) : message.text || live ? (
				<div className="max-w-full rounded-2xl rounded-bl-md bg-stone-100 px-3.5 py-2.5 text-[0.9375rem] leading-6 text-stone-900">
					<span className="sr-only">Iris&nbsp;: </span>
					{message.text ? (
						<AnswerText text={message.text}>{live ? <Caret /> : null}</AnswerText>
					) : (
						<p className="text-stone-700">
							<span className="motion-safe:animate-pulse">Iris réfléchit…</span>
						</p>
					)}
				</div>
			) : null}
			{unfinished ? (
				<div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-stone-700">
					<span className="inline-flex items-center gap-1.5">
						<AlertIcon className="size-4 text-amber-700" />
						{note}
					</span>
					{canRetry ? (
						<Button size="sm" variant="secondary" onClick={iris.retry}>
							{message.text ? 'Reprendre' : 'Réessayer'}
						</Button>
					) : null}
				</div>
			) : null}
			{message.actions.length > 0 && !live ? <SuggestedActions actions={message.actions} /> : null}
		</li>
	)
}

function Caret() {
	return (
		<span
			aria-hidden="true"
			className="ml-0.5 inline-block h-4 w-1.5 translate-y-0.5 rounded-sm bg-ember-600 motion-safe:animate-pulse"
		/>
	)
}

function SuggestedActions({ actions }: { actions: IrisAction[] }) {
	return (
		<ul aria-label="Actions suggérées" className="flex flex-wrap gap-2">
			{actions.map((action) => {
				const target = linkTarget(action.href)
				if (!target) return null
				return (
					<li key={`${action.href} ${action.label}`}>
						{target.kind === 'product' ? (
							<ButtonLink to={target.to} variant="secondary" size="sm">
								{action.label}
								<ArrowRightIcon className="size-4" />
							</ButtonLink>
						) : (
							<a
								href={target.href}
								target="_blank"
								rel="noopener noreferrer"
								className={buttonClassName({ variant: 'secondary', size: 'sm' })}
							>
								{action.label}
								<span className="sr-only"> (nouvel onglet)</span>
								<ArrowRightIcon className="size-4" />
							</a>
						)}
					</li>
				)
			})}
		</ul>
	)
}

function Notice({ iris }: { iris: IrisState }) {
	const location = useLocation()
	const notice = iris.notice
	if (!notice) return null
	if (notice.kind === 'blocked') {
		return (
			<StatusMessage tone="warning" title="Iris ne peut pas répondre à cette demande" className="mt-4">
				{notice.message}
			</StatusMessage>
		)
	}
	const upgrade = notice.upgradeUrl && linkTarget(notice.upgradeUrl)?.kind === 'product' ? notice.upgradeUrl : null
	const actions = [
		upgrade ? (
			<ButtonLink key="upgrade" to={upgrade} size="sm">
				Voir les offres
			</ButtonLink>
		) : null,
		notice.signIn ? (
			<ButtonLink key="sign-in" to={`/connexion?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`} size="sm">
				Se reconnecter
			</ButtonLink>
		) : null,
		iris.retryPlan?.kind === 'resend' ? (
			<Button key="retry" size="sm" variant="secondary" onClick={iris.retry}>
				Réessayer
			</Button>
		) : null,
	].filter(Boolean)
	return (
		<StatusMessage
			tone="error"
			className="mt-4"
			action={actions.length ? <div className="flex flex-wrap gap-2">{actions}</div> : undefined}
		>
			{notice.message}
		</StatusMessage>
	)
}

function Composer({ iris }: { iris: IrisState }) {
	const inputId = useId()
	const hintId = useId()
	const counterId = useId()
	const length = iris.draft.length
	const nearLimit = length >= IRIS_MESSAGE_MAX_LENGTH - 400
	const quota = iris.overview?.quota
	// The refusal notice already says it, with its own « Voir les offres ».
	const quotaReached =
		quota && quota.limit !== null && quota.used >= quota.limit && !iris.conversationId && !(iris.notice?.kind === 'error' && iris.notice.upgradeUrl)
	const busy = iris.conversationState === 'loading'

	const onKeyDown = (event: ReactKeyboardEvent<HTMLTextAreaElement>) => {
		if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
		event.preventDefault()
		if (!iris.streaming) iris.send()
	}

	return (
		<form
			onSubmit={(event) => {
				event.preventDefault()
				iris.send()
			}}
			className="border-t border-stone-200 bg-white px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]"
		>
			<div className="flex items-baseline justify-between gap-3">
				<label htmlFor={inputId} className="text-sm font-semibold text-stone-900">
					Votre question à Iris
				</label>
				{nearLimit ? (
					<span
						id={counterId}
						className={cx(
							'text-xs tabular-nums',
							length >= IRIS_MESSAGE_MAX_LENGTH ? 'font-semibold text-red-700' : 'text-stone-600',
						)}
					>
						{length.toLocaleString('fr-FR')}
						<span aria-hidden="true"> / </span>
						<span className="sr-only"> caractères sur </span>
						{IRIS_MESSAGE_MAX_LENGTH.toLocaleString('fr-FR')}
					</span>
				) : null}
			</div>
			<textarea
				id={inputId}
				data-iris-focus=""
				value={iris.draft}
				onChange={(event) => iris.setDraft(event.target.value)}
				onKeyDown={onKeyDown}
				rows={2}
				maxLength={IRIS_MESSAGE_MAX_LENGTH}
				enterKeyHint="send"
				aria-describedby={cx(hintId, nearLimit && counterId) || undefined}
				className="mt-1.5 block max-h-40 min-h-18 w-full resize-none rounded-lg border border-stone-300 bg-white px-3 py-2 text-base leading-6 text-stone-900 shadow-xs field-sizing-content placeholder:text-stone-500 focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-ember-600"
			/>
			<div className="mt-2 flex items-center justify-between gap-3">
				<p id={hintId} className="text-xs leading-5 text-stone-600">
					Entrée pour envoyer, Maj+Entrée pour aller à la ligne.
				</p>
				{/* One button whose role changes, and never `disabled`, so focus stays on it from « Envoyer » to
				    « Arrêter » and back: a disabled button drops focus to the page. */}
				<Button
					type={iris.streaming ? 'button' : 'submit'}
					size="sm"
					variant={iris.streaming ? 'secondary' : 'primary'}
					onClick={iris.streaming ? iris.stop : undefined}
					aria-disabled={!iris.streaming && (busy || !iris.draft.trim()) ? true : undefined}
				>
					{iris.streaming ? 'Arrêter' : 'Envoyer'}
				</Button>
			</div>
			{quota && quota.limit !== null ? (
				<p className={cx('mt-2 text-xs leading-5', quotaReached ? 'text-amber-900' : 'text-stone-600')}>
					{quotaReached
						? `Vous avez utilisé vos ${quota.limit} conversations d’aujourd’hui. Vous pouvez poursuivre une conversation de l’historique, ou passer à Premium. `
						: quotaLabel(quota.used, quota.limit)}
					{quotaReached ? (
						<Link to="/tarifs" className="font-semibold text-ember-800 underline underline-offset-2">
							Voir les offres
						</Link>
					) : null}
				</p>
			) : null}
		</form>
	)
}

function HistoryView({ iris, onOpened }: { iris: IrisState; onOpened: () => void }) {
	const conversations = iris.overview?.conversations ?? []
	const headingRef = useRef<HTMLHeadingElement>(null)
	return (
		<div className="flex-1 overflow-y-auto overscroll-contain px-4 py-4">
			<div className="flex items-center justify-between gap-3">
				<h3 ref={headingRef} tabIndex={-1} data-iris-focus="" className="text-base font-semibold text-stone-900 outline-none">
					Vos conversations
				</h3>
				<Button
					variant="ghost"
					size="sm"
					onClick={() => {
						iris.setView('chat')
						onOpened()
					}}
				>
					Retour
				</Button>
			</div>
			{conversations.length === 0 ? (
				<p className="mt-4 text-sm text-stone-600">Vous n’avez pas encore de conversation avec Iris.</p>
			) : (
				<ul className="mt-3 flex flex-col divide-y divide-stone-200">
					{conversations.map((conversation) => (
						<HistoryRow
							key={conversation.id}
							conversation={conversation}
							current={conversation.id === iris.conversationId}
							iris={iris}
							onOpen={() => {
								iris.openConversation(conversation.id)
								onOpened()
							}}
							onDeleted={() => headingRef.current?.focus()}
						/>
					))}
				</ul>
			)}
		</div>
	)
}

function HistoryRow({
	conversation,
	current,
	iris,
	onOpen,
	onDeleted,
}: {
	conversation: IrisConversationSummary
	current: boolean
	iris: IrisState
	onOpen: () => void
	onDeleted: () => void
}) {
	const [mode, setMode] = useState<'idle' | 'renaming' | 'confirming'>('idle')
	const [title, setTitle] = useState(conversation.title)
	const [pending, setPending] = useState(false)
	const [error, setError] = useState<string | null>(null)
	const inputId = useId()
	const renameButtonRef = useRef<HTMLButtonElement>(null)
	const deleteButtonRef = useRef<HTMLButtonElement>(null)
	const titleInputRef = useRef<HTMLInputElement>(null)
	const cancelDeleteRef = useRef<HTMLButtonElement>(null)
	const focusAfter = useRef<RefObject<HTMLElement | null> | null>(null)

	useEffect(() => {
		if (mode === 'renaming') titleInputRef.current?.select()
		else if (mode === 'confirming') cancelDeleteRef.current?.focus()
		else if (focusAfter.current) {
			focusAfter.current.current?.focus()
			focusAfter.current = null
		}
	}, [mode])

	const leave = (returnTo: RefObject<HTMLElement | null>) => {
		focusAfter.current = returnTo
		setError(null)
		setMode('idle')
	}

	const onEscape = (returnTo: RefObject<HTMLElement | null>) => (event: ReactKeyboardEvent) => {
		if (event.key !== 'Escape') return
		// Escape cancels this small form; it must not close the whole panel.
		event.preventDefault()
		leave(returnTo)
	}

	const rename = async () => {
		setPending(true)
		const failure = await iris.renameConversation(conversation.id, title)
		setPending(false)
		if (failure) setError(failure)
		else leave(renameButtonRef)
	}

	const remove = async () => {
		setPending(true)
		const failure = await iris.deleteConversation(conversation.id)
		setPending(false)
		if (failure) setError(failure)
		else onDeleted()
	}

	const date = formatLongDate(conversation.updatedAt)

	return (
		<li className="py-3">
			{mode === 'renaming' ? (
				<form
					onSubmit={(event) => {
						event.preventDefault()
						void rename()
					}}
					onKeyDown={onEscape(renameButtonRef)}
					className="flex flex-col gap-2"
				>
					<label htmlFor={inputId} className="text-sm font-semibold text-stone-900">
						Nouveau titre
					</label>
					<input
						ref={titleInputRef}
						id={inputId}
						value={title}
						onChange={(event) => setTitle(event.target.value)}
						maxLength={80}
						required
						aria-invalid={error ? true : undefined}
						className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-xs focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-ember-600"
					/>
					{error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
					<div className="flex gap-2">
						<Button type="submit" size="sm" disabled={pending || !title.trim()}>
							{pending ? 'Enregistrement…' : 'Enregistrer'}
						</Button>
						<Button size="sm" variant="ghost" onClick={() => leave(renameButtonRef)}>
							Annuler
						</Button>
					</div>
				</form>
			) : (
				<>
					<button
						type="button"
						onClick={onOpen}
						aria-current={current ? 'true' : undefined}
						className={cx(
							'-mx-2 flex w-[calc(100%+1rem)] flex-col rounded-lg px-2 py-1.5 text-left transition-colors hover:bg-stone-100',
							current && 'bg-ember-50 ring-1 ring-ember-200 ring-inset',
						)}
					>
						<span className="font-medium text-stone-900">{conversation.title || 'Conversation sans titre'}</span>
						<span className="text-xs text-stone-600">
							{date}
							{current ? ' · conversation en cours' : ''}
						</span>
					</button>
					{mode === 'confirming' ? (
						<div
							role="group"
							aria-label="Confirmer la suppression"
							onKeyDown={onEscape(deleteButtonRef)}
							className="mt-2 rounded-xl border border-red-200 bg-red-50 p-3"
						>
							<p className="text-sm text-red-950">
								Supprimer définitivement cette conversation et tous ses messages&nbsp;?
							</p>
							{error ? <p className="mt-1 text-sm font-medium text-red-800">{error}</p> : null}
							<div className="mt-2 flex gap-2">
								<Button size="sm" variant="danger" onClick={() => void remove()} disabled={pending}>
									{pending ? 'Suppression…' : 'Supprimer'}
								</Button>
								<Button ref={cancelDeleteRef} size="sm" variant="ghost" onClick={() => leave(deleteButtonRef)}>
									Annuler
								</Button>
							</div>
						</div>
					) : (
						<div className="mt-1 -ml-3 flex gap-1">
							<Button
								ref={renameButtonRef}
								size="sm"
								variant="ghost"
								className="min-h-8 text-stone-700"
								onClick={() => {
									setTitle(conversation.title)
									setMode('renaming')
								}}
							>
								Renommer<span className="sr-only"> «&nbsp;{conversation.title}&nbsp;»</span>
							</Button>
							<Button
								ref={deleteButtonRef}
								size="sm"
								variant="ghost"
								className="min-h-8 text-red-700 hover:text-red-800"
								onClick={() => setMode('confirming')}
							>
								Supprimer<span className="sr-only"> «&nbsp;{conversation.title}&nbsp;»</span>
							</Button>
						</div>
					)}
				</>
			)}
		</li>
	)
}
