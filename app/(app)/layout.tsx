import { AppHeader } from "@/components/app-header";
import { requireUser } from "@/lib/auth/guards";
import { navFor } from "@/lib/navigation";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader user={{ name: user.name, roles: user.roles }} nav={navFor(user.roles)} signOutAction={signOutAction} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
