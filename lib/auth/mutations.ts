import { type Mutation, signedIn } from "../server/mutation";
import { type AuthenticatedUser, authenticateWithPassword } from "./authenticate";
import { registerUser } from "./register-user";
import { revokeAllSessions } from "./revoke-sessions";
import {
  noInput,
  type SetLocaleInput,
  type SignInInput,
  type SignUpInput,
  setLocaleInput,
  signInInput,
  signUpInput,
} from "./schemas";
import { updateUserLocale } from "./update-locale";

export const signUpMutation: Mutation<SignUpInput, AuthenticatedUser> = {
  name: "auth.sign-up",
  input: signUpInput,
  permission: "account.sign-up",
  perform: ({ input, clientIp }) =>
    registerUser({ name: input.name, email: input.email, password: input.password, locale: input.locale, ip: clientIp }),
};

export const signInMutation: Mutation<SignInInput, AuthenticatedUser> = {
  name: "auth.sign-in",
  input: signInInput,
  permission: "account.sign-in",
  perform: ({ input, clientIp }) => authenticateWithPassword({ email: input.email, password: input.password, ip: clientIp }),
};

export const signOutEverywhereMutation: Mutation<Record<string, never>, null> = {
  name: "auth.sign-out-everywhere",
  input: noInput,
  permission: "account.update",
  perform: async (context) => {
    await revokeAllSessions({ userId: signedIn(context).id });
    return null;
  },
};

export const setLocaleMutation: Mutation<SetLocaleInput, SetLocaleInput> = {
  name: "account.set-locale",
  input: setLocaleInput,
  permission: "account.set-locale",
  perform: async ({ input, viewer }) => {
    if (viewer) await updateUserLocale({ userId: viewer.id, locale: input.locale });
    return input;
  },
};

export const authMutations = [signUpMutation, signInMutation, signOutEverywhereMutation, setLocaleMutation];
