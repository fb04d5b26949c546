/** What to tell the holder of an emailed link that no longer works, by `LinkNotValid.reason`. */
export function invitationLinkProblem(reason: string): string {
  switch (reason) {
    case 'EXPIRED':
      return 'This invitation has expired. Ask whoever invited you to send a new one.';
    case 'USED':
      return 'This invitation has already been accepted. Sign in to continue.';
    case 'REVOKED':
      return 'This invitation was withdrawn, or replaced by a newer one. Use the latest email you received, or ask whoever invited you.';
    default:
      return 'This invitation link is not valid. Check that you opened the whole link from the email.';
  }
}

export function resetLinkProblem(reason: string): string {
  switch (reason) {
    case 'EXPIRED':
      return 'This reset link has expired. Ask for a new one.';
    case 'USED':
      return 'This reset link has already been used. Ask for a new one if you still need it.';
    case 'REVOKED':
      return 'This reset link was replaced by a newer one. Use the latest email, or ask for a new link.';
    default:
      return 'This reset link is not valid. Check that you opened the whole link from the email, or ask for a new one.';
  }
}
