/**
 * Reads the addresses out of an uploaded CSV: the column headed "email" (a "name" column may sit beside it),
 * or, without a header, every cell that looks like an address.
 */
export function addressesFromCsv(content: string): string[] {
  const rows = content
    .split(/\r?\n/)
    .map((line) => line.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"|"$/g, '')))
    .filter((cells) => cells.some(Boolean));
  if (rows.length === 0) return [];
  const emailColumn = rows[0]!.findIndex((cell) => cell.toLowerCase() === 'email');
  if (emailColumn >= 0)
    return rows
      .slice(1)
      .map((cells) => cells[emailColumn] ?? '')
      .filter(Boolean);
  return rows.flat().filter((cell) => cell.includes('@'));
}
