using System.Collections;
using System.Globalization;
using KnowledgePay.Application.Common.Exceptions;

namespace KnowledgePay.Application.Common.Querying.Filtering;

/// <summary>Converts filter operands that arrive from the edge (e.g. an int for a long field) to the field's type.</summary>
internal static class FilterValues
{
    public static T Convert<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is null)
        {
            return target == typeof(T) && typeof(T).IsValueType
                ? throw new ValidationException("where", $"A {target.Name} filter value cannot be null.")
                : default!;
        }

        try
        {
            return (T)(target.IsEnum
                ? Enum.ToObject(target, value)
                : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new ValidationException("where", $"'{value}' is not a valid {target.Name} filter value.");
        }
    }

    public static List<T> ConvertList<T>(object? value) =>
        value is IEnumerable items and not string
            ? items.Cast<object?>().Select(Convert<T>).ToList()
            : throw new ValidationException("where", "in and nin take a list of values.");
}
