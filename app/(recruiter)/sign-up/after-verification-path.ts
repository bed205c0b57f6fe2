/** Where the verification link lands once it has signed the person in (better-auth callbackURL). */
export const afterVerificationPath = "/sign-up/workspace";
