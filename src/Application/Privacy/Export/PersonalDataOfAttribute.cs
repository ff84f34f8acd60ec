namespace KnowledgePay.Application.Privacy.Export;

/// <summary>
/// The stored entities whose rows about the user an <see cref="IPersonalDataSection"/> exports. A test holds every entity
/// with a column naming a user to a section that claims it, so a new table of personal data cannot miss the export.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PersonalDataOfAttribute(params Type[] entities) : Attribute
{
    public IReadOnlyList<Type> Entities { get; } = entities;
}
