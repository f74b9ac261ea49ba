import type { SVGProps } from 'react'

export type IconProps = SVGProps<SVGSVGElement> & {
	/** An accessible name; without it the icon is decorative and hidden from assistive technologies. */
	title?: string
}

function Icon({ title, children, className = 'size-5', ...props }: IconProps & { children: React.ReactNode }) {
	return (
		<svg
			xmlns="http://www.w3.org/2000/svg"
			viewBox="0 0 24 24"
			fill="none"
			stroke="currentColor"
			strokeWidth={1.75}
			strokeLinecap="round"
			strokeLinejoin="round"
			className={className}
			role={title ? 'img' : undefined}
			aria-hidden={title ? undefined : true}
			focusable="false"
			{...props}
		>
			{title ? <title>{title}</title> : null}
			{children}
		</svg>
	)
}

/** The Phoenix mark: a flame rising from a rounded square (same drawing as the favicon). */
export function PhoenixMark({ className = 'size-8', title }: { className?: string; title?: string }) {
	return (
		<svg
			xmlns="http://www.w3.org/2000/svg"
			viewBox="0 0 32 32"
			className={className}
			role={title ? 'img' : undefined}
			aria-hidden={title ? undefined : true}
			focusable="false"
		>
			{title ? <title>{title}</title> : null}
			<rect width="32" height="32" rx="8" fill="#c2410c" />
			<path
				d="M16 6c3 4 7 7 7 12a7 7 0 0 1-14 0c0-3 2-5 3-6 0 2 1 3 2 3-1-3 0-6 2-9z"
				fill="#fff7ed"
			/>
		</svg>
	)
}

export function LetterIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<rect x="3" y="5" width="18" height="14" rx="2" />
			<path d="m3.5 6.5 8.5 6.5 8.5-6.5" />
		</Icon>
	)
}

export function CvIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
			<path d="M14 3v5h5" />
			<circle cx="10" cy="11" r="1.75" />
			<path d="M7.5 16c.5-1.4 1.4-2 2.5-2s2 .6 2.5 2M14 12h2M14 15h2" />
		</Icon>
	)
}

export function RiseIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M12 3v2M5.6 6.6l1.4 1.4M18.4 6.6 17 8M3 14h2M19 14h2" />
			<path d="M7 14a5 5 0 0 1 10 0" />
			<path d="M3 18h18M7 21h10" />
		</Icon>
	)
}

export function IrisIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M21 12a8 8 0 0 1-11.8 7L4 20.5l1.5-4.6A8 8 0 1 1 21 12z" />
			<path d="M12 8.5 12.9 11l2.6.9-2.6.9-.9 2.6-.9-2.6-2.6-.9 2.6-.9z" />
		</Icon>
	)
}

export function SearchIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<circle cx="11" cy="11" r="6.5" />
			<path d="m20 20-4.2-4.2" />
		</Icon>
	)
}

export function MirrorIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<rect x="3" y="4" width="7.5" height="16" rx="1.5" />
			<rect x="13.5" y="4" width="7.5" height="16" rx="1.5" />
			<path d="M5.5 8.5h2.5M5.5 12h2.5M16 8.5h2.5M16 12h2.5" />
		</Icon>
	)
}

export function PenIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16z" />
			<path d="m13.5 6.5 4 4" />
		</Icon>
	)
}

export function SparklesIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M10 3.5 11.6 8 16 9.5l-4.4 1.6L10 15.5l-1.6-4.4L4 9.5 8.4 8z" />
			<path d="M18 14.5l.8 2 2 .8-2 .8-.8 2-.8-2-2-.8 2-.8z" />
		</Icon>
	)
}

export function RouteIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<circle cx="6" cy="18" r="2.5" />
			<circle cx="18" cy="6" r="2.5" />
			<path d="M8.5 18H15a3 3 0 0 0 0-6H9a3 3 0 0 1 0-6h6.5" />
		</Icon>
	)
}

export function KanbanIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<rect x="3" y="4" width="18" height="16" rx="2" />
			<path d="M9 4v16M15 4v16M5.5 8h1.5M11.2 8h1.6M11.2 11h1.6M17 8h1.5" />
		</Icon>
	)
}

export function TemplateIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<rect x="4" y="3" width="16" height="18" rx="2" />
			<path d="M8 7h8M8 11h8M8 15h5" />
		</Icon>
	)
}

export function DownloadIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M12 4v11M7.5 10.5 12 15l4.5-4.5" />
			<path d="M4 17v1a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-1" />
		</Icon>
	)
}

export function UploadIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M12 15V4M7.5 8.5 12 4l4.5 4.5" />
			<path d="M4 17v1a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-1" />
		</Icon>
	)
}

export function GaugeIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M4.5 17a8.5 8.5 0 1 1 15 0" />
			<path d="m12 13 3.5-4" />
			<circle cx="12" cy="13.5" r="1.25" />
		</Icon>
	)
}

export function JournalIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M6 3h11a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6z" />
			<path d="M6 3a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2M10 8h5M10 12h5" />
		</Icon>
	)
}

export function HeartIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M12 20s-7.5-4.4-7.5-10A4.3 4.3 0 0 1 12 7.3 4.3 4.3 0 0 1 19.5 10c0 5.6-7.5 10-7.5 10z" />
		</Icon>
	)
}

export function TargetIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<circle cx="12" cy="12" r="8.5" />
			<circle cx="12" cy="12" r="5" />
			<circle cx="12" cy="12" r="1.5" />
		</Icon>
	)
}

export function ChartIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M4 4v16h16" />
			<path d="m7.5 14 3.5-4 3 2.5 5-6" />
		</Icon>
	)
}

export function LockIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<rect x="5" y="10.5" width="14" height="10" rx="2" />
			<path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
		</Icon>
	)
}

export function ShieldIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M12 3 5 6v5.5c0 4.4 3 7.9 7 9.5 4-1.6 7-5.1 7-9.5V6z" />
			<path d="m9 12 2 2 4-4" />
		</Icon>
	)
}

export function UserIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<circle cx="12" cy="8" r="4" />
			<path d="M4.5 20.5a7.5 7.5 0 0 1 15 0" />
		</Icon>
	)
}

export function CheckIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="m5 12.5 4.5 4.5L19 7.5" />
		</Icon>
	)
}

export function CheckCircleIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<circle cx="12" cy="12" r="9" />
			<path d="m8 12.5 2.8 2.8L16.5 9.5" />
		</Icon>
	)
}

export function InfoIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<circle cx="12" cy="12" r="9" />
			<path d="M12 11v5.5M12 7.75v.01" />
		</Icon>
	)
}

export function AlertIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M10.3 4.3 2.9 17.2A2 2 0 0 0 4.6 20h14.8a2 2 0 0 0 1.7-2.8L13.7 4.3a2 2 0 0 0-3.4 0z" />
			<path d="M12 9.5v4.5M12 17v.01" />
		</Icon>
	)
}

export function ArrowRightIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M5 12h14M13 6l6 6-6 6" />
		</Icon>
	)
}

export function ChevronDownIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="m6 9 6 6 6-6" />
		</Icon>
	)
}

export function MenuIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M4 7h16M4 12h16M4 17h16" />
		</Icon>
	)
}

export function CloseIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M6 6l12 12M18 6 6 18" />
		</Icon>
	)
}

export function LogOutIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4" />
			<path d="M10 16.5 5.5 12 10 7.5M5.5 12H15" />
		</Icon>
	)
}

export function DevicesIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<rect x="2.5" y="5" width="13" height="10" rx="1.5" />
			<path d="M6 19h6" />
			<rect x="17" y="9" width="4.5" height="10" rx="1" />
		</Icon>
	)
}

export function CompassIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<circle cx="12" cy="12" r="9" />
			<path d="m15.5 8.5-2 5-5 2 2-5z" />
		</Icon>
	)
}

export function ClockIcon(props: IconProps) {
	return (
		<Icon {...props}>
			<circle cx="12" cy="12" r="9" />
			<path d="M12 7.5V12l3 2" />
		</Icon>
	)
}
