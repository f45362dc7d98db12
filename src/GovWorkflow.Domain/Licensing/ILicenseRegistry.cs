using NodaTime;

namespace GovWorkflow.Domain.Licensing;

/// <summary>证照库: the electronic licences government holds, looked up by holder.</summary>
public interface ILicenseRegistry
{
    /// <summary>The holder's licences in force on <paramref name="validOn"/>.</summary>
    Task<IReadOnlyList<ElectronicLicense>> FindValidAsync(string holderId, LocalDate validOn, CancellationToken cancellationToken);

    /// <summary>One licence by number, or null.</summary>
    Task<ElectronicLicense?> FindAsync(string number, CancellationToken cancellationToken);
}
