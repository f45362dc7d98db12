using System.Diagnostics.CodeAnalysis;

namespace GovWorkflow.Domain.People;

/// <summary>The users, looked up by id.</summary>
public sealed class PeopleDirectory
{
    private readonly Dictionary<string, Person> people;

    /// <summary>Creates the directory; ids must be unique (the loader checks).</summary>
    public PeopleDirectory(IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        this.people = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>Every person, by id.</summary>
    public IReadOnlyCollection<Person> All => people.Values;

    /// <summary>Finds a person.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out Person? person) => people.TryGetValue(id, out person);
}
