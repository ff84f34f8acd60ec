namespace KnowledgePay.Infrastructure.Data.Configurations;

/// <summary>Enums are stored by name, so data stays readable and reordering members never corrupts rows.</summary>
internal static class EnumColumns
{
    public const int Length = 16;
}
