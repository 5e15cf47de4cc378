import type { FakeGraphUser } from "../../../bench/support/fake-graph-server";
import type { GraphOrgMapping } from "../../../src/directory/graph";
import type { Person } from "../../../src/domain/org";

/** A small synthetic Pemkot (not real people) as Entra would hold it, and what the app must make of it. */
export const ID = {
  sekda: "186c39e8-c7bb-49f6-a2a2-14e8bbe9c675",
  kaban: "e2e90528-a4e0-489e-9888-df205bd0f521",
  kabid: "5b7c1f0e-2a41-4c1e-9d0e-1f2a3b4c5d01",
  kasubbid: "5b7c1f0e-2a41-4c1e-9d0e-1f2a3b4c5d02",
  analis: "5b7c1f0e-2a41-4c1e-9d0e-1f2a3b4c5d03",
  pengadministrasi: "5b7c1f0e-2a41-4c1e-9d0e-1f2a3b4c5d04",
  disabled: "5b7c1f0e-2a41-4c1e-9d0e-1f2a3b4c5d05",
  serviceAccount: "5b7c1f0e-2a41-4c1e-9d0e-1f2a3b4c5d99",
} as const;

export const ADMIN_GROUP = "0f1e2d3c-admin-group";
export const KOMPETENSI_GROUP = "0f1e2d3c-kompetensi-group";

const user = (id: string, name: string, nip: string, jobTitle: string, department: string, employeeType: string, managerId: string | null): FakeGraphUser => ({
  id,
  displayName: name,
  userPrincipalName: `${name.toLowerCase().replace(/ /g, ".")}@pontianak.go.id`,
  employeeId: nip,
  jobTitle,
  department,
  employeeType,
  accountEnabled: true,
  managerId,
});

export function smallOrgUsers(): FakeGraphUser[] {
  return [
    user(ID.sekda, "Felicia Wijaya", "197011132001061001", "Sekretaris Daerah", "Sekretariat Daerah", "JPT Madya", null),
    user(ID.kaban, "Rudi Hartono", "197205202002121002", "Kepala BKPSDM", "BKPSDM", "JPT Pratama", ID.sekda),
    user(ID.kabid, "Siti Rahmawati", "198003152005012003", "Kepala Bidang Penilaian Kinerja", "Bidang Penilaian Kinerja", "Administrator", ID.kaban),
    user(ID.kasubbid, "Agus Salim", "198507072010011004", "Kepala Subbidang Evaluasi", "Bidang Penilaian Kinerja", "Pengawas", ID.kabid),
    user(ID.analis, "Dewi Lestari", "199002022015032005", "Analis SDM Aparatur Ahli Pertama", "Bidang Penilaian Kinerja", "Fungsional", ID.kasubbid),
    user(ID.pengadministrasi, "Budi Santoso", "199109092019031006", "Pengadministrasi Kepegawaian", "Bidang Penilaian Kinerja", "Pelaksana", ID.kasubbid),
    { ...user(ID.disabled, "Akun Lama", "196001012000011007", "Pensiun", "BKPSDM", "Pelaksana", ID.kaban), accountEnabled: false },
  ];
}

export function smallOrgGroups(): Record<string, string[]> {
  // Graph flattens nested groups for transitiveMembers; a member who is not a synced person is ignored.
  return { [ADMIN_GROUP]: [ID.kabid, ID.serviceAccount], [KOMPETENSI_GROUP]: [ID.analis, ID.kabid] };
}

export const ORGANIZATION = { id: "pemkot-pontianak", name: "Pemerintah Kota Pontianak", timeZone: "Asia/Jakarta" };

/** An explicit mapping: departments to unit ids, a unit tree, and Entra's employeeType spellings. */
export const EXPLICIT_MAPPING: GraphOrgMapping = {
  organization: ORGANIZATION,
  adminGroupId: ADMIN_GROUP,
  kompetensiGroupId: KOMPETENSI_GROUP,
  topUserIds: [ID.sekda],
  departmentUnits: { "Sekretariat Daerah": "setda", BKPSDM: "bkpsdm", "Bidang Penilaian Kinerja": "bkpsdm-pk" },
  units: {
    setda: { name: "Sekretariat Daerah Kota Pontianak", parentId: null },
    bkpsdm: { name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", parentId: "setda" },
    "bkpsdm-pk": { name: "Bidang Penilaian Kinerja dan Penghargaan", parentId: "bkpsdm" },
  },
  jabatanTypes: {
    "JPT Madya": "JPT",
    "JPT Pratama": "JPT",
    Administrator: "Administrator",
    Pengawas: "Pengawas",
    Fungsional: "Fungsional",
    Pelaksana: "Pelaksana",
  },
};

const person = (p: Omit<Person, "userPrincipalName">): Person => ({
  ...p,
  userPrincipalName: `${p.displayName.toLowerCase().replace(/ /g, ".")}@pontianak.go.id`,
});

/** The people EXPLICIT_MAPPING must give, in Graph's order; the disabled account is left out. */
export const EXPECTED_PEOPLE: Person[] = [
  person({ id: ID.sekda, displayName: "Felicia Wijaya", nip: "197011132001061001", jobTitle: "Sekretaris Daerah", jabatanType: "JPT", unitId: "setda", managerId: null, roles: [] }),
  person({ id: ID.kaban, displayName: "Rudi Hartono", nip: "197205202002121002", jobTitle: "Kepala BKPSDM", jabatanType: "JPT", unitId: "bkpsdm", managerId: ID.sekda, roles: [] }),
  person({ id: ID.kabid, displayName: "Siti Rahmawati", nip: "198003152005012003", jobTitle: "Kepala Bidang Penilaian Kinerja", jabatanType: "Administrator", unitId: "bkpsdm-pk", managerId: ID.kaban, roles: ["admin", "kompetensi"] }),
  person({ id: ID.kasubbid, displayName: "Agus Salim", nip: "198507072010011004", jobTitle: "Kepala Subbidang Evaluasi", jabatanType: "Pengawas", unitId: "bkpsdm-pk", managerId: ID.kabid, roles: [] }),
  person({ id: ID.analis, displayName: "Dewi Lestari", nip: "199002022015032005", jobTitle: "Analis SDM Aparatur Ahli Pertama", jabatanType: "Fungsional", unitId: "bkpsdm-pk", managerId: ID.kasubbid, roles: ["kompetensi"] }),
  person({ id: ID.pengadministrasi, displayName: "Budi Santoso", nip: "199109092019031006", jobTitle: "Pengadministrasi Kepegawaian", jabatanType: "Pelaksana", unitId: "bkpsdm-pk", managerId: ID.kasubbid, roles: [] }),
];

export const EXPECTED_UNITS = [
  { id: "setda", name: "Sekretariat Daerah Kota Pontianak", parentId: null },
  { id: "bkpsdm", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", parentId: "setda" },
  { id: "bkpsdm-pk", name: "Bidang Penilaian Kinerja dan Penghargaan", parentId: "bkpsdm" },
];
