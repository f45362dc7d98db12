using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Licensing;

/// <summary>Loads electronic licence samples (<c>samples/licenses.yaml</c>): <c>licenses:</c> number, type, name, holderId, holderName, issuer, issuedOn, validUntil.</summary>
public static class LicenseFileLoader
{
    /// <summary>Loads the file.</summary>
    public static (IReadOnlyList<ElectronicLicense> Licenses, IReadOnlyList<DomainError> Errors) Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var errors = new List<DomainError>();
        var text = YamlDocuments.ReadFile(file, errors);
        var top = text is null ? null : YamlDocuments.Open(text, file, errors);
        if (top is null)
        {
            return ([], errors);
        }

        var entries = top.ReadList("licenses", required: true) ?? [];
        top.RejectUnknownFields();
        var result = new List<ElectronicLicense>();
        foreach (var entry in entries)
        {
            var number = entry.ReadText("number");
            var type = entry.ReadText("type");
            var name = entry.ReadText("name");
            var holderId = entry.ReadText("holderId");
            var holderName = entry.ReadText("holderName");
            var issuer = entry.ReadText("issuer");
            var issuedOn = entry.ReadDate("issuedOn");
            var validUntil = entry.ReadDate("validUntil", required: false);
            entry.RejectUnknownFields();
            if (number is null || type is null || name is null || holderId is null || holderName is null || issuer is null || issuedOn is null)
            {
                continue;
            }

            if (result.Any(l => l.Number == number))
            {
                errors.Add(new DomainError("license.duplicate-number", $"证照编号 {number} 重复。", $"Licence number {number} appears twice.", entry.LocationOf("number")));
            }

            result.Add(new ElectronicLicense(number, type, name, holderId, holderName, issuer, issuedOn.Value, validUntil, LicenseStatus.Valid, []));
        }

        return errors.Count > 0 ? ([], errors) : (result, []);
    }
}
