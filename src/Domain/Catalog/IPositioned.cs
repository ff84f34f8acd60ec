namespace KnowledgePay.Domain.Catalog;

/// <summary>A child kept in a dense, zero-based order within its parent (chapters in a course, lessons in a chapter).</summary>
internal interface IPositioned
{
    int Position { get; }

    void PlaceAt(int position);
}
