import Link from "next/link";

/** The signed-out pages' frame, like the sign-in page: the product name, a heading, one card. */
export function AccountCard({ title, children, footer }: { title: string; children: React.ReactNode; footer?: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-900">Levelset</p>
          <h1 className="mt-2 text-lg text-slate-600">{title}</h1>
        </div>
        <div className="panel p-6">{children}</div>
        <p className="mt-4 text-center text-sm">
          {footer ?? (
            <Link href="/sign-in" className="link">
              Back to sign in
            </Link>
          )}
        </p>
      </div>
    </main>
  );
}

/** A link that no longer works: what happened and what to do. */
export function LinkProblem({ title, body, next }: { title: string; body: string; next: { href: string; label: string } }) {
  return (
    <div data-testid="link-problem">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <p className="mt-2 text-sm text-slate-600">{body}</p>
      <Link href={next.href} className="mt-4 inline-block text-sm link">
        {next.label}
      </Link>
    </div>
  );
}
