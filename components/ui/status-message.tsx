import Link from "next/link";

/** The body of the 403 and 404 pages. The caller decides the landmark: a top-level <main>, or the signed-in shell's own. */
export function StatusMessage({ code, title, children }: { code: string; title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-lg px-4 py-20 text-center">
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-slate-600">{children}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Back to your home
      </Link>
    </div>
  );
}

export function ForbiddenMessage() {
  return (
    <StatusMessage code="403" title="You don't have access to this page">
      Your account&apos;s roles don&apos;t include this page. If you need it, ask an admin to add the role or put you on the hiring team.
    </StatusMessage>
  );
}

export function NotFoundMessage() {
  return (
    <StatusMessage code="404" title="Nothing here">
      This page doesn&apos;t exist, or it belongs to something you don&apos;t have access to.
    </StatusMessage>
  );
}
