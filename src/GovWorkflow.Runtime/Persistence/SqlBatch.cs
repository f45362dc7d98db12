using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>SQL statements sent to the database as one command (one round trip), in the context's transaction.</summary>
/// <remarks>
/// The statements are written once for both providers: quoted identifiers as the migrations name them, <c>RETURNING</c>
/// and <c>ON CONFLICT</c>, which SQLite (3.35+) and PostgreSQL share. The command goes through EF Core's command
/// pipeline, so interceptors (statement counting, fault injection) and logging see it like any EF command, but no
/// change tracking, query compilation or per-statement round trip is paid. Values are stored as the model stores
/// them: instants as Unix ticks, enums as their numbers (see <see cref="RuntimeDbContext"/>). Numbers and nulls are
/// written into the SQL as literals, which cannot carry injected text; texts are parameters, one per distinct value:
/// Microsoft.Data.Sqlite binds every parameter of a command to every statement, so parameters cost statements ×
/// parameters. A statement that returns rows (<c>RETURNING</c>, <c>SELECT</c>) gives each row to its handler, in
/// statement order.
/// </remarks>
internal sealed class SqlBatch(DbContext context)
{
    private readonly StringBuilder sql = new();
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> parameterOfText = new(StringComparer.Ordinal);
    private readonly List<Action<DbDataReader>> rowHandlers = [];

    /// <summary>No statement is waiting.</summary>
    public bool IsEmpty => sql.Length == 0;

    /// <summary>Ticks of an instant, as <see cref="InstantTicksConverter"/> stores it.</summary>
    public static object Ticks(Instant instant) => instant.ToUnixTimeTicks();

    /// <summary>Ticks of an instant, or null.</summary>
    public static object? Ticks(Instant? instant) => instant?.ToUnixTimeTicks();

    /// <summary>Adds a statement that returns no rows; <c>{0}</c>, <c>{1}</c> … in <paramref name="template"/> stand for <paramref name="arguments"/>.</summary>
    /// <param name="template">The SQL of one statement, without its semicolon.</param>
    /// <param name="arguments">long, int, string or null values.</param>
    public void Add(string template, params ReadOnlySpan<object?> arguments) => Append(template, arguments);

    /// <summary>Adds a statement whose rows (possibly none) are given to <paramref name="onRow"/> when the batch runs.</summary>
    public void Add(string template, Action<DbDataReader> onRow, params ReadOnlySpan<object?> arguments)
    {
        Append(template, arguments);
        rowHandlers.Add(onRow);
    }

    /// <summary>Sends the statements as one command and reads their rows; the batch is empty afterwards.</summary>
    /// <exception cref="DbException">A statement failed (a constraint, a lock); the transaction must be rolled back.</exception>
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (IsEmpty)
        {
            return;
        }

        try
        {
            var command = Build();
            var parameterObject = new RelationalCommandParameterObject(
                context.GetService<IRelationalConnection>(), values, null, context, context.GetService<IRelationalCommandDiagnosticsLogger>());
            if (rowHandlers.Count == 0)
            {
                await command.ExecuteNonQueryAsync(parameterObject, cancellationToken).ConfigureAwait(false);
                return;
            }

            var relationalReader = await command.ExecuteReaderAsync(parameterObject, cancellationToken).ConfigureAwait(false);
            await using (relationalReader.ConfigureAwait(false))
            {
                var reader = relationalReader.DbDataReader;
                for (var i = 0; i < rowHandlers.Count; i++)
                {
                    if (i > 0 && !await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
                    {
                        throw new InvalidOperationException($"The batch returned {i} result sets, {rowHandlers.Count} were expected.");
                    }

                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        rowHandlers[i](reader);
                    }
                }

                // Runs the statements after the last one with rows (SQLite executes lazily) and surfaces their errors.
                if (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new InvalidOperationException($"The batch returned more than the {rowHandlers.Count} result sets expected.");
                }
            }
        }
        finally
        {
            Clear();
        }
    }

    private IRelationalCommand Build()
    {
        var builder = context.GetService<IRelationalCommandBuilderFactory>().Create().Append(sql.ToString());
        if (values.Count > 0)
        {
            var text = context.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(string))!;
            foreach (var name in values.Keys)
            {
                builder.AddParameter(name, "@" + name, text, nullable: false);
            }
        }

        return builder.Build();
    }

    private void Append(string template, ReadOnlySpan<object?> arguments)
    {
        for (var i = 0; i < template.Length; i++)
        {
            var end = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (end > i && int.TryParse(template.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                if (index >= arguments.Length)
                {
                    throw new ArgumentException($"The template uses {{{index}}} but has {arguments.Length} values.", nameof(template));
                }

                AppendValue(arguments[index]);
                i = end;
            }
            else
            {
                sql.Append(template[i]);
            }
        }

        sql.Append(";\n");
    }

    private void AppendValue(object? value)
    {
        switch (value)
        {
            case null:
                sql.Append("NULL");
                break;
            case long number:
                sql.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case int number:
                sql.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case string text:
                if (!parameterOfText.TryGetValue(text, out var name))
                {
                    name = "p" + values.Count.ToString(CultureInfo.InvariantCulture);
                    parameterOfText[text] = name;
                    values[name] = text;
                }

                sql.Append('@').Append(name);
                break;
            default:
                throw new ArgumentException($"Unsupported SQL value type {value.GetType().Name}.", nameof(value));
        }
    }

    private void Clear()
    {
        sql.Clear();
        values.Clear();
        parameterOfText.Clear();
        rowHandlers.Clear();
    }
}
