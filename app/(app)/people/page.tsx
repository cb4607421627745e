import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { Badge } from "@/components/ui/badge";
import { DataTable, ScrollRegion, Td, Th } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guards";
import { listPeople } from "@/lib/people/list-people";
import { LEVEL_LABELS, ROLE_LABELS } from "@/lib/people/person-schema";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ added?: string }> }) {
  await requireRole("admin");
  const { added } = await searchParams;
  const people = listPeople(db());
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">People</h1>
          <p className="mt-1 text-slate-600">Who can sign in, what they may do, and their engineering level.</p>
        </div>
        <Link href="/people/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Add person
        </Link>
      </div>
      {added ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Person added.
        </p>
      ) : null}
      <ScrollRegion className="panel">
        <DataTable
          caption="People in this workspace"
          head={
            <>
              <Th>Name</Th>
              <Th>Roles</Th>
              <Th>Level</Th>
              <Th>Sign-in</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </>
          }
        >
          {people.map((p) => (
            <tr key={p.id} className={p.active ? "" : "text-slate-500"}>
              <Td>
                <p className="font-medium">{p.name}</p>
                <p className="text-slate-500">{p.email}</p>
              </Td>
              <Td>
                <div className="flex flex-wrap gap-1">
                  {p.roles.length === 0 ? (
                    <span className="text-slate-500">None</span>
                  ) : (
                    p.roles.map((r) => (
                      <Badge key={r} tone="blue">
                        {ROLE_LABELS[r]}
                      </Badge>
                    ))
                  )}
                </div>
              </Td>
              <Td>{LEVEL_LABELS[p.level]}</Td>
              <Td>{!p.active ? <Badge tone="gray">Deactivated</Badge> : p.hasPassword ? "Password" : "Identity provider"}</Td>
              <Td className="text-right">
                <Link href={`/people/${p.id}`} className="link" aria-label={`Edit ${p.name}`}>
                  Edit
                </Link>
              </Td>
            </tr>
          ))}
        </DataTable>
      </ScrollRegion>
    </div>
  );
}
