import type { Config } from '@react-router/dev/config'

export default {
	ssr: true,
	future: {
		// Root middleware runs before every loader and action: the CSRF check
		// and the security headers live there.
		v8_middleware: true,
	},
} satisfies Config
