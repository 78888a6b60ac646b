import "server-only";
import { headers } from "next/headers";
import type { ActionState } from "../shared/action-state";
import { clientIpFrom } from "./client-ip";
import { executeMutation, type Mutation } from "./mutation";
import { revalidatePathAndAnonymousRenders } from "./revalidate-path";
import { getViewer } from "./session";
import { problemTranslator } from "./translate-problem";

/** Runs a mutation for a server action: the viewer from the session, paths revalidated. */
export async function runServerAction<Input, Result>(
  mutation: Mutation<Input, Result>,
  raw: unknown,
): Promise<ActionState<Result>> {
  return executeMutation(mutation, raw, {
    viewer: await getViewer(),
    clientIp: clientIpFrom(await headers()),
    translator: problemTranslator,
    revalidate: revalidatePathAndAnonymousRenders,
  });
}
