import { inject } from 'vitest'

// The app's server modules read their settings from the environment, as in production.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String(inject('smtpPort'))
process.env.MAILBOX_URL = inject('mailboxUrl')
process.env.APP_URL ??= 'http://localhost:3000'
process.env.SESSION_SECRET ??= 'test-session-secret-that-is-long-enough-0123456789'
process.env.JWT_SECRET ??= 'test-jwt-secret-that-is-long-enough-0123456789abcd'
process.env.AUTH_MODE ??= 'embedded'
