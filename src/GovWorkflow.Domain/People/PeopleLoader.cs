using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.People;

/// <summary>Loads the demo users (<c>samples/people.yaml</c>): <c>people:</c> a list of id, name, department, roles and, for applicants, idNumber.</summary>
public static class PeopleLoader
{
    /// <summary>The roles a person may have; they are also the candidate groups of user tasks.</summary>
    public static readonly IReadOnlyList<string> KnownRoles = ["clerk", "approver", "approver-head", "supervisor", "designer", "admin", "applicant"];

    /// <summary>Loads the file, checking departments against <paramref name="catalog"/>.</summary>
    public static (PeopleDirectory? Directory, IReadOnlyList<DomainError> Errors) Load(string file, ItemCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<DomainError>();
        var text = YamlDocuments.ReadFile(file, errors);
        var top = text is null ? null : YamlDocuments.Open(text, file, errors);
        if (top is null)
        {
            return (null, errors);
        }

        var entries = top.ReadList("people", required: true) ?? [];
        top.RejectUnknownFields();
        var people = new List<Person>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var id = entry.ReadText("id");
            var name = entry.ReadText("name");
            var department = entry.ReadText("department", required: false);
            var roles = entry.ReadTextList("roles", required: true) ?? [];
            var idNumber = entry.ReadText("idNumber", required: false);
            entry.RejectUnknownFields();
            if (id is not null && !seen.Add(id))
            {
                errors.Add(new DomainError("people.duplicate-id", $"用户 {id} 重复：每个用户编号只能出现一次。", $"User {id} appears twice.", entry.LocationOf("id")));
            }

            if (department is not null && !catalog.TryGetDepartment(department, out _))
            {
                errors.Add(new DomainError("people.department-unknown", $"部门 {department} 不在事项目录的部门清单中。", $"Department {department} is unknown.", entry.LocationOf("department")));
            }

            foreach (var role in roles.Where(r => !KnownRoles.Contains(r, StringComparer.Ordinal)))
            {
                errors.Add(new DomainError("people.role-unknown", $"角色 {role} 无效：应为 {string.Join("、", KnownRoles)} 之一。", $"Unknown role {role}.", entry.LocationOf("roles")));
            }

            if (idNumber is not null && !Applicant.TryCreate(idNumber, name ?? "?", out _, out var idError))
            {
                errors.Add(idError with { Location = entry.LocationOf("idNumber") });
            }

            if (id is not null && name is not null)
            {
                people.Add(new Person(id, name, department, roles, idNumber));
            }
        }

        return errors.Count > 0 ? (null, errors) : (new PeopleDirectory(people), []);
    }
}
