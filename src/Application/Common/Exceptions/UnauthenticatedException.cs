namespace KnowledgePay.Application.Common.Exceptions;

public sealed class UnauthenticatedException() : Exception("Sign in to do this.");
