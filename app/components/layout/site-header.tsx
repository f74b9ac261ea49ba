import { useEffect, useRef, type ComponentType, type RefObject } from 'react'
import { Form, Link, NavLink, useLocation } from 'react-router'
import { ButtonLink } from '#app/components/ui/button.tsx'
import { cx } from '#app/components/ui/cx.ts'
import {
	ChevronDownIcon,
	CloseIcon,
	CvIcon,
	DevicesIcon,
	LetterIcon,
	LogOutIcon,
	MenuIcon,
	PhoenixMark,
	RiseIcon,
	UserIcon,
	type IconProps,
} from '#app/components/ui/icons.tsx'

type HeaderUser = { email: string; displayName: string | null }

type Product = { to: string; name: string; hint: string; Icon: ComponentType<IconProps> }

const products: Product[] = [
	{ to: '/letters', name: 'Letters', hint: 'Lettres de motivation et candidatures', Icon: LetterIcon },
	{ to: '/cv', name: 'CV', hint: 'CV clairs, lisibles par les logiciels de recrutement', Icon: CvIcon },
	{ to: '/rise', name: 'Rise', hint: 'Journal privé et coaching', Icon: RiseIcon },
]

/**
 * The menus are native <details>: they open and close without JavaScript.
 * Once hydrated, they also close on navigation, on a click outside and on Escape.
 */
function useDisclosureDismiss(ref: RefObject<HTMLDetailsElement | null>) {
	const location = useLocation()
	useEffect(() => {
		if (ref.current) ref.current.open = false
	}, [ref, location.pathname, location.search])

	useEffect(() => {
		function onPointerDown(event: PointerEvent) {
			const details = ref.current
			if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false
		}
		function onKeyDown(event: KeyboardEvent) {
			const details = ref.current
			if (event.key !== 'Escape' || !details?.open) return
			details.open = false
			details.querySelector('summary')?.focus()
		}
		document.addEventListener('pointerdown', onPointerDown)
		document.addEventListener('keydown', onKeyDown)
		return () => {
			document.removeEventListener('pointerdown', onPointerDown)
			document.removeEventListener('keydown', onKeyDown)
		}
	}, [ref])
}

const summaryReset = 'list-none [&::-webkit-details-marker]:hidden'

export function SiteHeader({ user }: { user: HeaderUser | null }) {
	return (
		<header className="sticky top-0 z-40 border-b border-stone-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85">
			<div className="relative mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:px-6 lg:px-8">
				<Link
					to="/"
					className="-m-1 flex items-center gap-2.5 rounded-lg p-1 text-lg font-bold tracking-tight text-stone-900"
				>
					<PhoenixMark className="size-8" />
					<span>
						Phoenix<span className="sr-only"> — accueil</span>
					</span>
				</Link>

				<nav aria-label="Produits" className="ml-6 hidden md:block">
					<ul className="flex items-center gap-1">
						{products.map(({ to, name, hint, Icon }) => (
							<li key={to}>
								<NavLink
									to={to}
									title={hint}
									className={({ isActive }) =>
										cx(
											'flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-semibold transition-colors',
											isActive
												? 'bg-ember-50 text-ember-800 ring-1 ring-ember-200 ring-inset'
												: 'text-stone-700 hover:bg-stone-100 hover:text-stone-950',
										)
									}
								>
									<Icon className="size-4.5" />
									<span>
										<span className="sr-only">Phoenix </span>
										{name}
									</span>
								</NavLink>
							</li>
						))}
					</ul>
				</nav>

				<div className="ml-auto flex items-center gap-2">
					{user ? (
						<div className="hidden md:block">
							<AccountMenu user={user} />
						</div>
					) : (
						<ButtonLink to="/connexion" size="sm">
							Se connecter
						</ButtonLink>
					)}
					<MobileMenu user={user} />
				</div>
			</div>
		</header>
	)
}

function userLabel(user: HeaderUser) {
	return user.displayName?.trim() || user.email
}

function Initial({ user }: { user: HeaderUser }) {
	const initial = userLabel(user).charAt(0).toLocaleUpperCase('fr-FR')
	return (
		<span
			aria-hidden="true"
			className="flex size-8 shrink-0 items-center justify-center rounded-full bg-ember-100 text-sm font-bold text-ember-800 ring-1 ring-ember-200"
		>
			{initial}
		</span>
	)
}

function AccountMenu({ user }: { user: HeaderUser }) {
	const ref = useRef<HTMLDetailsElement>(null)
	useDisclosureDismiss(ref)
	return (
		<details ref={ref} className="group relative">
			<summary
				className={cx(
					summaryReset,
					'flex items-center gap-2 rounded-full py-1 pr-3 pl-1 text-sm font-semibold text-stone-800 ring-1 ring-stone-200 hover:bg-stone-50 group-open:bg-stone-100',
				)}
			>
				<Initial user={user} />
				<span className="max-w-[14rem] truncate">{userLabel(user)}</span>
				<span className="sr-only">, menu du compte</span>
				<ChevronDownIcon className="size-4 text-stone-500 transition-transform group-open:rotate-180" />
			</summary>
			<div className="absolute right-0 mt-2 w-80 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-lg">
				<AccountPanel user={user} />
			</div>
		</details>
	)
}

function AccountPanel({ user }: { user: HeaderUser }) {
	const itemClassName =
		'flex w-full items-center gap-3 rounded-lg px-3 py-2.5 text-left text-sm font-medium text-stone-800 hover:bg-stone-100 hover:text-stone-950'
	return (
		<>
			<div className="border-b border-stone-200 px-4 py-3">
				<p className="text-xs text-stone-600">Connecté avec</p>
				{user.displayName ? <p className="truncate font-semibold text-stone-900">{user.displayName}</p> : null}
				<p className={cx('truncate text-sm', user.displayName ? 'text-stone-600' : 'font-semibold text-stone-900')}>
					{user.email}
				</p>
			</div>
			<div className="p-2">
				<NavLink
					to="/compte"
					className={({ isActive }) => cx(itemClassName, isActive && 'bg-ember-50 text-ember-800')}
				>
					<UserIcon className="size-5 text-stone-500" />
					Mon compte
				</NavLink>
			</div>
			<div className="border-t border-stone-200 p-2">
				<Form method="post" action="/deconnexion">
					<button type="submit" className={itemClassName}>
						<LogOutIcon className="size-5 text-stone-500" />
						Se déconnecter
					</button>
				</Form>
				<Form method="post" action="/deconnexion">
					<input type="hidden" name="scope" value="global" />
					<button type="submit" className={itemClassName}>
						<DevicesIcon className="size-5 text-stone-500" />
						Se déconnecter de tous les appareils
					</button>
				</Form>
			</div>
		</>
	)
}

function MobileMenu({ user }: { user: HeaderUser | null }) {
	const ref = useRef<HTMLDetailsElement>(null)
	useDisclosureDismiss(ref)
	return (
		<details ref={ref} className="group md:hidden">
			<summary
				className={cx(
					summaryReset,
					'flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm font-semibold text-stone-800 ring-1 ring-stone-300 hover:bg-stone-50 group-open:bg-stone-100',
				)}
			>
				<MenuIcon className="size-5 group-open:hidden" />
				<CloseIcon className="hidden size-5 group-open:block" />
				{/* On the narrowest phones the icon alone keeps the header on one line. */}
				<span className="max-[399px]:sr-only">Menu</span>
			</summary>
			<div className="absolute inset-x-0 top-full max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-stone-200 bg-white shadow-lg">
				<nav aria-label="Produits" className="px-4 py-4">
					<ul className="flex flex-col gap-1">
						{products.map(({ to, name, hint, Icon }) => (
							<li key={to}>
								<NavLink
									to={to}
									className={({ isActive }) =>
										cx(
											'flex items-center gap-3 rounded-xl px-3 py-3',
											isActive ? 'bg-ember-50 ring-1 ring-ember-200 ring-inset' : 'hover:bg-stone-100',
										)
									}
								>
									{({ isActive }) => (
										<>
											<span
												className={cx(
													'flex size-10 shrink-0 items-center justify-center rounded-lg',
													isActive ? 'bg-ember-100 text-ember-800' : 'bg-stone-100 text-stone-700',
												)}
											>
												<Icon className="size-5" />
											</span>
											<span className="flex flex-col">
												<span className={cx('font-semibold', isActive ? 'text-ember-800' : 'text-stone-900')}>
													Phoenix {name}
												</span>
												<span className="text-sm text-stone-600">{hint}</span>
											</span>
										</>
									)}
								</NavLink>
							</li>
						))}
					</ul>
				</nav>
				<div className="border-t border-stone-200 px-2 pb-3">
					{user ? (
						<AccountPanel user={user} />
					) : (
						<div className="px-2 pt-4">
							<ButtonLink to="/connexion" className="w-full">
								Se connecter
							</ButtonLink>
							<p className="mt-2 text-center text-sm text-stone-600">
								Un lien de connexion par e-mail, sans mot de passe.
							</p>
						</div>
					)}
				</div>
			</div>
		</details>
	)
}
