using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>Stores an <see cref="Instant"/> as Unix ticks (100 ns since 1970-01-01 UTC): one integer type on every provider, exact, and ordered.</summary>
internal sealed class InstantTicksConverter() : ValueConverter<Instant, long>(
    instant => instant.ToUnixTimeTicks(),
    ticks => Instant.FromUnixTimeTicks(ticks));
