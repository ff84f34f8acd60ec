namespace KnowledgePay.Application.Common.Exceptions;

/// <summary>A concurrent or duplicate change lost the race; the caller may read again and retry.</summary>
public sealed class ConflictException(string message, Exception? innerException = null) : Exception(message, innerException);
