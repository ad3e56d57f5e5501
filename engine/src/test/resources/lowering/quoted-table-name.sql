-- error KQL0100
line 1:1: KQL0100 unknown table 'read_csv('/etc/passwd')'
['read_csv(\'/etc/passwd\')']
^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
