import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Localized } from "@/components/ui/localized";
import { Link } from "@/lib/i18n/navigation";
import type { UserSummary } from "@/lib/users/dto";

export function UserList({ users, currentUserId }: { users: UserSummary[]; currentUserId: string }) {
  const t = useTranslations("adminUsers");
  const tAuth = useTranslations("auth");
  if (users.length === 0) return <p className="text-sm text-slate-600">{t("noUsers")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-sm" data-testid="user-list">
        <thead>
          <tr className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <th scope="col" className="px-4 py-2 text-start font-medium">
              {t("name")}
            </th>
            <th scope="col" className="px-4 py-2 text-start font-medium">
              {t("email")}
            </th>
            <th scope="col" className="px-4 py-2 text-start font-medium">
              {t("role")}
            </th>
            <th scope="col" className="px-4 py-2 text-start font-medium">
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="px-4 py-2 text-start font-medium">
                <Link href={`/admin/users/${user.id}`} className="text-brand-700 underline hover:text-brand-900">
                  {user.name}
                </Link>
                {user.id === currentUserId && <span className="ms-1 text-slate-600">{t("you")}</span>}
              </th>
              <td className="px-4 py-2">
                <span dir="ltr">{user.email}</span>
              </td>
              <td className="px-4 py-2">
                {tAuth(`roles.${user.role}`)}
                {user.memberState && (
                  <>
                    {" — "}
                    <Localized value={user.memberState.name} />
                  </>
                )}
              </td>
              <td className="px-4 py-2">
                <span className="flex flex-wrap gap-1">
                  {user.disabledAt ? (
                    <Badge tone="danger">{t("disabled")}</Badge>
                  ) : user.hasPassword ? (
                    <Badge tone="success">{t("active")}</Badge>
                  ) : (
                    <Badge tone="warning">{t("invited")}</Badge>
                  )}
                  {user.twoFactorEnabled && <Badge tone="info">{t("twoFactor")}</Badge>}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
