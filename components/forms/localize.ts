/**
 * Every message a form shows (a field error from the browser's check or from the server, the form's refusal or
 * confirmation) passes through here before display. The identity for now; the place where messages will be
 * translated into the reader's language.
 */
export function localize(message: string): string {
  return message;
}
