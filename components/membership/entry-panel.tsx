import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { CommunityPublicView } from "@/lib/communities/queries";
import {
  acceptOfferAction,
  joinAction,
  leaveAction,
  leaveWaitlistAction,
  paymentReferenceAction,
  withdrawApplicationAction,
} from "@/lib/membership/actions";
import type { EntryState } from "@/lib/membership/queries";
import { JoinForm } from "./join-form";

/** What the viewer can do next with this community: join, apply, wait, pay, or leave. */
export async function EntryPanel({
  community,
  state,
  rulesVersion,
  isSignedIn,
}: {
  community: CommunityPublicView;
  state: EntryState;
  rulesVersion: number | null;
  isSignedIn: boolean;
}) {
  const [t, tRole, format] = await Promise.all([getTranslations("membership.panel"), getTranslations("communities.mine.role"), getFormatter()]);
  const fee = community.feeAmountMinor > 0 ? format.number(community.feeAmountMinor / 100, { style: "currency", currency: community.feeCurrency }) : null;
  const isFull = community.memberCap !== null && community.memberCount + community.seatsHeld >= community.memberCap;
  const slugField = <input type="hidden" name="slug" value={community.slug} />;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });

  let body: React.ReactNode;
  if (!isSignedIn) {
    body = (
      <Button asChild>
        <Link href={`/sign-in?callbackUrl=/c/${community.slug}`}>{community.entryMode === "APPLICATION" ? t("signInToApply") : t("signInToJoin")}</Link>
      </Button>
    );
  } else if (state.kind === "member") {
    body = (
      <div className="space-y-3">
        <p>{t("member", { role: tRole(state.role) })}</p>
        <Button asChild variant="secondary" size="sm">
          <Link href={`/c/${community.slug}/invitations`}>{t("invite")}</Link>
        </Button>
        {state.role !== "OWNER" ? (
          <ActionForm action={leaveAction} submitLabel={t("leave")} pendingLabel={t("leaving")} variant="ghost" confirmMessage={t("leaveConfirm", { name: community.name })}>
            {slugField}
          </ActionForm>
        ) : null}
      </div>
    );
  } else if (state.kind === "banned") {
    body = <p>{t("banned")}</p>;
  } else if (state.kind === "application") {
    body =
      state.status === "AWAITING_PAYMENT" ? (
        <div className="space-y-3">
          <p className="font-medium">{t("awaitingPayment", { amount: fee ?? "" })}</p>
          <p className="text-sm text-stone-700">{t("paymentInstructions")}</p>
          {state.payment ? (
            <ActionForm action={paymentReferenceAction} submitLabel={t("saveReference")} pendingLabel={t("saveReference")} variant="secondary" successMessage={t("paymentReferenceSaved")}>
              <input type="hidden" name="paymentId" value={state.payment.id} />
              <label htmlFor="payment-reference" className="block text-sm font-medium">
                {t("paymentReference")}
              </label>
              <Input id="payment-reference" name="reference" maxLength={200} defaultValue={state.payment.reference ?? ""} />
            </ActionForm>
          ) : null}
          <ActionForm action={withdrawApplicationAction} submitLabel={t("withdraw")} pendingLabel={t("withdraw")} variant="ghost">
            <input type="hidden" name="applicationId" value={state.applicationId} />
          </ActionForm>
        </div>
      ) : (
        <div className="space-y-3">
          <p>{t("pendingReview", { date: when(state.submittedAt) })}</p>
          <ActionForm action={withdrawApplicationAction} submitLabel={t("withdraw")} pendingLabel={t("withdraw")} variant="ghost">
            <input type="hidden" name="applicationId" value={state.applicationId} />
          </ActionForm>
        </div>
      );
  } else if (state.kind === "waitlisted") {
    body =
      state.status === "OFFERED" && state.offerExpiresAt ? (
        <div className="space-y-3">
          <p className="font-medium">{t("offer", { until: when(state.offerExpiresAt) })}</p>
          <div className="flex flex-wrap gap-3">
            <ActionForm action={acceptOfferAction} submitLabel={t("acceptOffer")} pendingLabel={t("joining")}>
              {slugField}
            </ActionForm>
            <ActionForm action={leaveWaitlistAction} submitLabel={t("declineOffer")} pendingLabel={t("declineOffer")} variant="ghost">
              {slugField}
            </ActionForm>
          </div>
        </div>
      ) : (
        <div className="space-y-3">
          <p className="font-medium">{t("waitlisted", { position: state.position })}</p>
          <ActionForm action={leaveWaitlistAction} submitLabel={t("leaveWaitlist")} pendingLabel={t("leaveWaitlist")} variant="ghost">
            {slugField}
          </ActionForm>
        </div>
      );
  } else if (state.kind === "rejected") {
    body = (
      <div className="space-y-1">
        <p>{t("rejected", { reason: state.reason ?? "none" })}</p>
        {state.reapplyFrom ? <p className="text-sm text-stone-700">{t("reapplyFrom", { date: format.dateTime(state.reapplyFrom, { dateStyle: "long" }) })}</p> : null}
      </div>
    );
  } else if (community.entryMode === "INVITATION") {
    body = <p>{t("invitationOnly")}</p>;
  } else if (isFull && !community.waitlistEnabled) {
    body = <p>{t("fullNoWaitlist")}</p>;
  } else if (community.entryMode === "APPLICATION") {
    body = (
      <div className="space-y-2">
        {isFull ? <p className="text-sm text-stone-700">{t("fullWaitlist")}</p> : null}
        {fee ? <p className="text-sm text-stone-700">{t("feeNotice", { amount: fee })}</p> : null}
        <Button asChild>
          <Link href={`/c/${community.slug}/apply`}>{t("apply")}</Link>
        </Button>
      </div>
    );
  } else {
    body = (
      <div className="space-y-2">
        {isFull ? <p className="text-sm text-stone-700">{t("fullWaitlist")}</p> : null}
        {fee ? <p className="text-sm text-stone-700">{t("feeNotice", { amount: fee })}</p> : null}
        <JoinForm
          action={joinAction}
          slug={community.slug}
          rulesVersion={rulesVersion}
          labels={{ submit: isFull ? t("joinWaitlist") : t("join"), pending: t("joining"), acceptRules: t("acceptRules") }}
        />
      </div>
    );
  }

  return (
    <Card aria-labelledby="entry-panel-heading" className="space-y-3">
      <CardTitle id="entry-panel-heading">{t("title")}</CardTitle>
      <div aria-live="polite">{body}</div>
    </Card>
  );
}
