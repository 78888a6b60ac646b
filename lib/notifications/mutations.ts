import { z } from "zod";
import { type Mutation, signedIn } from "../server/mutation";
import { idField } from "../shared/form-fields";
import { markNotificationsRead } from "./mark-read";

export const markReadInput = z.object({ notificationId: idField.optional() });
export type MarkReadInput = z.infer<typeof markReadInput>;

export const markNotificationsReadMutation: Mutation<MarkReadInput, { marked: number }> = {
  name: "notifications.mark-read",
  input: markReadInput,
  permission: "account.update",
  perform: async (context) => ({ marked: await markNotificationsRead({ userId: signedIn(context).id, notificationId: context.input.notificationId }) }),
  revalidate: () => ["/me/notifications"],
};

export const notificationMutations = [markNotificationsReadMutation];
