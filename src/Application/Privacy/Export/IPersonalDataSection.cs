namespace KnowledgePay.Application.Privacy.Export;

/// <summary>
/// One feature's part of a user's data export: everything the feature holds about the user, as a document that is
/// serialised to <c>{Name}.json</c> in the export's zip. Each feature registers its own section (scoped).
/// </summary>
public interface IPersonalDataSection
{
    /// <summary>The file name in the zip, without extension: lower-case, hyphenated, unique (e.g. <c>orders</c>).</summary>
    string Name { get; }

    Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken);
}
