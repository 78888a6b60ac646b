import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { TransferOwnershipForm } from "@/components/settings/transfer-ownership-form";
import { Card } from "@/components/ui/card";
import { communityForSettings } from "@/lib/communities/require-permission";
import { setAdminAction, transferOwnershipAction } from "@/lib/communities/settings-actions";
import { listMembersForRoles } from "@/lib/communities/settings-queries";
import { can } from "@/lib/server/authz";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.roles"))("title") };
}

export default async function RolesSettingsPage({ params }: Params) {
  const { slug } = await params;
  const { community, viewer } = await communityForSettings(slug, `/c/${slug}/settings/roles`);
  const [t, tRole, members] = await Promise.all([getTranslations("settings.roles"), getTranslations("communities.mine.role"), listMembersForRoles(community.id)]);
  const isOwner = can({ userId: viewer.id, communityRole: community.viewerRole }, "community.admins.manage");
  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <div>
          <h2 className="text-xl font-semibold">{t("admins")}</h2>
          <p className="text-sm text-stone-700">{t("adminsLead")}</p>
          {isOwner ? null : <p className="mt-2 text-sm font-medium">{t("ownerOnly")}</p>}
        </div>
        {members.length === 0 ? (
          <p className="text-stone-600">{t("noMembers")}</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {members.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <p className="text-sm">
                  <span className="font-medium">{member.user.name}</span> <span className="text-stone-600">· {tRole(member.role)}</span>
                </p>
                {isOwner ? (
                  <ActionForm
                    action={setAdminAction}
                    submitLabel={member.role === "ADMIN" ? t("removeAdmin") : t("makeAdmin")}
                    pendingLabel={member.role === "ADMIN" ? t("removeAdmin") : t("makeAdmin")}
                    variant="secondary"
                  >
                    <input type="hidden" name="membershipId" value={member.id} />
                    <input type="hidden" name="isAdmin" value={member.role === "ADMIN" ? "false" : "true"} />
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {isOwner && members.length > 0 ? (
        <Card className="space-y-4">
          <div>
            <h2 className="text-xl font-semibold">{t("transfer")}</h2>
            <p className="text-sm text-stone-700">{t("transferLead")}</p>
          </div>
          <TransferOwnershipForm
            action={transferOwnershipAction}
            slug={community.slug}
            members={members.map((member) => ({ id: member.id, name: member.user.name, email: member.user.email }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
