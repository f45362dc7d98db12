using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>Every row the runtime writes, as stored (ticks, enum numbers, JSON text), one line per row in key order.</summary>
/// <remarks>
/// Read with plain ADO.NET, not through the model, so that a change in how a value is stored shows up even when EF
/// would read it back the same. Definitions are left out (their XML is the input, not the runtime's writing).
/// </remarks>
internal static class RowDump
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<string> OfAsync(RuntimeDbContext context)
    {
        var text = new StringBuilder();
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        try
        {
            foreach (var entity in context.Model.GetEntityTypes().Where(e => e.ClrType != typeof(DefinitionRecord)).OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
            {
                var table = entity.GetTableName()!;
                var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToList();
                var keys = entity.FindPrimaryKey()!.Properties.Select(p => columns.IndexOf(p.GetColumnName())).ToList();
                await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Names from the model.
                command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"";
#pragma warning restore CA2100
                var rows = new List<object?[]>();
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        var row = new object?[columns.Count];
                        for (var i = 0; i < row.Length; i++)
                        {
                            row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                        }

                        rows.Add(row);
                    }
                }

                rows.Sort((a, b) => keys.Select(k => Compare(a[k], b[k])).FirstOrDefault(c => c != 0));
                foreach (var row in rows)
                {
                    text.Append(table).Append(':');
                    for (var i = 0; i < row.Length; i++)
                    {
                        text.Append(' ').Append(columns[i]).Append('=').Append(Format(row[i]));
                    }

                    text.Append('\n');
                }
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        return text.ToString();
    }

    private static int Compare(object? a, object? b) => (a, b) switch
    {
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => Convert.ToInt64(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToInt64(b, CultureInfo.InvariantCulture)),
    };

    private static string Format(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s, Json),
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
    };
}
