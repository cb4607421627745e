import { parseLink } from "@/lib/candidates/candidate-rules";

/** A candidate's links as external links that pass no referrer and no window handle; anything that isn't http(s) stays plain text. */
export function SafeLinks({ links }: { links: string[] }) {
  if (links.length === 0) return <p className="text-sm text-slate-500">No links.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {links.map((link) => {
        const safe = parseLink(link);
        return (
          <li key={link} className="break-all">
            {safe ? (
              <a href={safe} target="_blank" rel="noreferrer noopener" className="text-brand-700 underline hover:text-brand-900">
                {link}
              </a>
            ) : (
              <span className="text-slate-600">{link}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
