// Limits of an Iris question, shared by the panel (browser), the app's relay and the function.
export const IRIS_MESSAGE_MAX_LENGTH = 4000
