import ClaimsHost

await ClaimsCommand.runMain()
